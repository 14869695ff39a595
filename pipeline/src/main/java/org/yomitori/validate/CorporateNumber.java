package org.yomitori.validate;

/** 法人番号 (corporate number): 13 digits, the FIRST being a check digit over the 12 others. */
public final class CorporateNumber {
    public static final int LENGTH = 13;

    private CorporateNumber() {
    }

    public static boolean isValid(String digits) {
        return digits != null && digits.matches("\\d{13}") && checkDigit(digits.substring(1)) == digits.charAt(0) - '0';
    }

    /** 9 - (sum(P_n * Q_n) mod 9) over the 12 base digits counted from the right, Q_n = 1 for odd n, 2 for even n. */
    public static int checkDigit(String base12) {
        if (base12 == null || !base12.matches("\\d{12}")) {
            throw new IllegalArgumentException("a corporate number check digit needs 12 digits");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = base12.charAt(12 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
