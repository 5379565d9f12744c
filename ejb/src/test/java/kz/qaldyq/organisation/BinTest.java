package kz.qaldyq.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.qaldyq.platform.BusinessException;
import org.junit.jupiter.api.Test;

class BinTest {

    @Test
    void acceptsNumberWhoseCheckDigitComesFromTheFirstWeights() {
        // 0*1+1*2+0*3+4*4+4*5+0*6+0*7+5*8+2*9+6*10+0*11 = 156; 156 mod 11 = 2
        assertEquals("010440052602", Bin.of("010440052602").value());
    }

    @Test
    void acceptsNumberThatNeedsTheSecondWeightSet() {
        // first weights: 1*1 + 2*10 = 21, 21 mod 11 = 10; second weights: 1*3 + 2*1 = 5, the check digit
        assertTrue(Bin.isValid("100000000205"));
        assertEquals("100000000205", Bin.of("1000 0000 0205").value());
    }

    @Test
    void refusesNumberInvalidUnderBothWeightSets() {
        BusinessException e = assertThrows(BusinessException.class, () -> Bin.of("100000000280"));
        assertEquals("bin.checkDigit", e.getKey());
        for (int last = 0; last <= 9; last++) {
            assertFalse(Bin.isValid("10000000028" + last), "no check digit can make 10000000028x valid");
        }
    }

    @Test
    void refusesWrongCheckDigit() {
        BusinessException e = assertThrows(BusinessException.class, () -> Bin.of("010440052603"));
        assertEquals("bin.checkDigit", e.getKey());
        assertEquals("010440052603", e.getArguments().get(0));
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertEquals("bin.format", assertThrows(BusinessException.class, () -> Bin.of("01044005260")).getKey());
        assertEquals("bin.format", assertThrows(BusinessException.class, () -> Bin.of("0104400526022")).getKey());
        assertEquals("bin.format", assertThrows(BusinessException.class, () -> Bin.of("01044005260A")).getKey());
        assertEquals("bin.format", assertThrows(BusinessException.class, () -> Bin.of(null)).getKey());
    }
}
