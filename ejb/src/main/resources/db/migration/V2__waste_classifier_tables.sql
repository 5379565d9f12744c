-- The waste classifier (EC art. 338; Order No. 314 of 06.08.2021), European List of Waste layout.
-- Codes are stored without the '*' that marks hazardous entries; the flag says it.
create table waste_chapter (
    code    varchar(2) primary key,
    name_kk text       not null,
    name_ru text       not null,
    name_en text       not null
);

create table waste_subchapter (
    code         varchar(5) primary key,
    chapter_code varchar(2) not null references waste_chapter (code),
    name_kk      text       not null,
    name_ru      text       not null,
    name_en      text       not null
);

create table waste_code (
    code            varchar(8)  primary key check (code ~ '^[0-9]{2} [0-9]{2} [0-9]{2}$'),
    hazardous       boolean     not null,
    entry_type      varchar(10) not null check (entry_type in ('absolute', 'mirror')),
    subchapter_code varchar(5)  not null references waste_subchapter (code),
    name_en         text        not null,
    name_ru         text,
    name_kk         text
);

create index waste_code_subchapter_idx on waste_code (subchapter_code);
