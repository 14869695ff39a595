package org.yomitori.validate;

/**
 * 個人番号 (My Number): 12 digits, the last a check digit over the other 11. Never log the number.
 */
public final class MyNumber {
    public static final int LENGTH = 12;

    private MyNumber() {
    }

    /** True for 12 ASCII digits whose last digit matches the check digit of the first 11. */
    public static boolean isValid(String digits) {
        return digits != null && digits.matches("\\d{12}") && checkDigit(digits.substring(0, 11)) == digits.charAt(11) - '0';
    }

    /**
     * For the 11 leading digits P_n counted from the right (n = 1..11), Q_n = n + 1 for n <= 6 and
     * n - 5 for n >= 7; r = sum(P_n * Q_n) mod 11; the check digit is 0 when r <= 1, else 11 - r.
     */
    public static int checkDigit(String first11) {
        if (first11 == null || !first11.matches("\\d{11}")) {
            throw new IllegalArgumentException("a My Number check digit needs 11 digits");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = first11.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** Shows only the last four digits, for screens and logs of people who need no more. */
    public static String mask(String digits) {
        if (digits == null || digits.length() <= 4) {
            return "****";
        }
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
