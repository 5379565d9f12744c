package kz.qaldyq.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TonnesConverterTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void readsADecimalCommaOrPointAndSpacesBetweenThousands() {
        assertEquals(new BigDecimal("700.5"), TonnesConverter.parse("700,5"));
        assertEquals(new BigDecimal("700.5"), TonnesConverter.parse("700.5"));
        assertEquals(new BigDecimal("1234.567"), TonnesConverter.parse(" 1 234,567 "));
        assertEquals(new BigDecimal("150000"), TonnesConverter.parse("150\u00a0000"), "a non-breaking space, as the JDK's ru format writes");
        assertEquals(new BigDecimal("-5"), TonnesConverter.parse("-5"), "negative figures reach the service, which says why they are refused");
    }

    @Test
    void anEmptyFieldIsNoFigure() {
        assertNull(TonnesConverter.parse(null));
        assertNull(TonnesConverter.parse("   "));
    }

    @Test
    void refusesWhatIsNotOneNumber() {
        assertThrows(NumberFormatException.class, () -> TonnesConverter.parse("1,234.5"), "two kinds of separator");
        assertThrows(NumberFormatException.class, () -> TonnesConverter.parse("1.234.567"));
        assertThrows(NumberFormatException.class, () -> TonnesConverter.parse("12 t"));
        assertThrows(NumberFormatException.class, () -> TonnesConverter.parse("1e3"));
    }

    @Test
    void writesThousandsWithSpacesAndTheLanguagesDecimalSeparator() {
        assertEquals("1 234,5", TonnesConverter.format(new BigDecimal("1234.500"), RU));
        assertEquals("1 234.5", TonnesConverter.format(new BigDecimal("1234.500"), EN));
        assertEquals("1 000", TonnesConverter.format(new BigDecimal("1000.000"), RU));
        assertEquals("150 000", TonnesConverter.format(new BigDecimal("1.5E+5"), EN));
        assertEquals("0,001", TonnesConverter.format(new BigDecimal("0.001"), RU));
        assertEquals("-12", TonnesConverter.format(new BigDecimal("-12"), RU));
    }

    @Test
    void whatItWritesItReadsBack() {
        for (String figure : new String[] {"0", "0.5", "999.999", "1000", "123456789.123"}) {
            BigDecimal value = new BigDecimal(figure);
            assertEquals(0, value.compareTo(TonnesConverter.parse(TonnesConverter.format(value, RU))), figure);
            assertEquals(0, value.compareTo(TonnesConverter.parse(TonnesConverter.format(value, EN))), figure);
        }
    }
}
