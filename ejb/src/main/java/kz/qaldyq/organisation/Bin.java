package kz.qaldyq.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import kz.qaldyq.platform.BusinessException;

/**
 * Business identification number of a legal entity (the same layout serves the IIN of a person): 12 digits, the last
 * a check digit. Weights 1..11 over digits 1..11, sum mod 11; when that is 10, weights 3,4,5,6,7,8,9,10,11,1,2, sum
 * mod 11; when that is 10 again the number is invalid, otherwise it must equal digit 12.
 */
@Embeddable
public class Bin implements Serializable {

    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    @Column(name = "bin", length = 12, nullable = false)
    private String value;

    protected Bin() {
    }

    private Bin(String value) {
        this.value = value;
    }

    /** Parses a BIN typed by a user: spaces are ignored; anything else that is wrong is refused with its reason. */
    public static Bin of(String input) {
        String digits = input == null ? "" : input.replace(" ", "").strip();
        if (!digits.matches("[0-9]{12}")) {
            throw new BusinessException("bin.format", input == null ? "" : input);
        }
        if (!hasValidCheckDigit(digits)) {
            throw new BusinessException("bin.checkDigit", digits);
        }
        return new Bin(digits);
    }

    public static boolean isValid(String input) {
        return input != null && input.matches("[0-9]{12}") && hasValidCheckDigit(input);
    }

    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += digit(digits, i) * (i + 1);
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += digit(digits, i) * SECOND_WEIGHTS[i];
            }
            check = sum % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == digit(digits, 11);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bin b && Objects.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
