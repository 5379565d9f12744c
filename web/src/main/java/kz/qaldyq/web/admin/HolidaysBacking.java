package kz.qaldyq.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.reference.PublicHoliday;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;

/** admin/holidays.xhtml: the public holidays the working-day countdowns skip (EC art. 143(5)); add or remove a day. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    @Inject
    private ReferenceService reference;

    private List<PublicHoliday> holidays;
    private LocalDate day;
    private String nameKk;
    private String nameRu;
    private String nameEn;

    public List<PublicHoliday> getHolidays() {
        if (holidays == null) {
            holidays = reference.holidays();
        }
        return holidays;
    }

    public void add() {
        try {
            reference.addHoliday(day, new LocalizedText(nameKk, nameRu, nameEn));
            holidays = null;
            day = null;
            nameKk = null;
            nameRu = null;
            nameEn = null;
            Messages.info("admin_holidays.added");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void remove(LocalDate holiday) {
        try {
            reference.removeHoliday(holiday);
            holidays = null;
            Messages.info("admin_holidays.removed");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
