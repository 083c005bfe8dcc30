package org.gongshi.generator.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;

/** Data modules that a reader could take for one of a QR code's three corner markers, and a mask that has none. */
final class FinderLookalikes {

    private FinderLookalikes() {
    }

    /**
     * ZXing masks the data with the pattern of lowest penalty by the standard's rules, and that can still leave
     * data modules in the 1:1:3:1:1 proportions of a finder pattern, across and down. Readers find the corners of a
     * code by exactly those proportions. Of 1,000 project URLs rasterized cleanly at 300 dpi, ZXing's own reader
     * failed on 26 with ZXing's mask (mostly by taking a lookalike for a corner), and on 1 (at 2 cm only) with
     * masks chosen as here. Any of the eight masks is valid (the reader learns it from the format information), so
     * this keeps ZXing's choice when it has no lookalike and otherwise takes the first mask that has none.
     */
    static ByteMatrix avoided(String text, Map<EncodeHintType, Object> hints)
            throws WriterException {
        ByteMatrix chosen = Encoder.encode(text, ErrorCorrectionLevel.Q, hints).getMatrix();
        if (!in(chosen)) {
            return chosen;
        }
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
            ByteMatrix masked = Encoder.encode(text, ErrorCorrectionLevel.Q, hints).getMatrix();
            if (!in(masked)) {
                return masked;
            }
        }
        return chosen;
    }

    /**
     * Whether a dark run of {@code matrix} outside the three finder patterns sits in dark-light-dark-light-dark runs
     * of 1:1:3:1:1 both across and down, with the tolerances of ZXing's finder pattern search: each run within
     * half a module, and the two directions' totals within 40% of each other.
     */
    static boolean in(ByteMatrix matrix) {
        int n = matrix.getWidth();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (!dark(matrix, x, y) || dark(matrix, x - 1, y)) {
                    continue;
                }
                int[] across = runsAround(matrix, x, y, 1, 0);
                int centreX = x + across[2] / 2;
                int top = y - run(matrix, centreX, y - 1, 0, -1, true);
                int[] down = runsAround(matrix, centreX, top, 0, 1);
                int centreY = top + down[2] / 2;
                boolean finder = centreY < 8 && (centreX < 8 || centreX >= n - 8) || centreX < 8 && centreY >= n - 8;
                if (finderLike(across) && finderLike(down) && 5 * Math.abs(sum(down) - sum(across)) < 2 * sum(across)
                        && !finder) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lengths of the dark run starting at (x, y) towards (dx, dy), and of the two runs before and after it. */
    private static int[] runsAround(ByteMatrix matrix, int x, int y, int dx, int dy) {
        int centre = run(matrix, x, y, dx, dy, true);
        int lightAfter = run(matrix, x + centre * dx, y + centre * dy, dx, dy, false);
        int darkAfter = run(matrix, x + (centre + lightAfter) * dx, y + (centre + lightAfter) * dy, dx, dy, true);
        int lightBefore = run(matrix, x - dx, y - dy, -dx, -dy, false);
        int darkBefore = run(matrix, x - (lightBefore + 1) * dx, y - (lightBefore + 1) * dy, -dx, -dy, true);
        return new int[] {darkBefore, lightBefore, centre, lightAfter, darkAfter};
    }

    /** How many modules from (x, y) on towards (dx, dy) are dark (or light), up to the edge of the symbol. */
    private static int run(ByteMatrix matrix, int x, int y, int dx, int dy, boolean isDark) {
        int length = 0;
        for (int i = x, j = y; inside(matrix, i, j) && dark(matrix, i, j) == isDark; i += dx, j += dy) {
            length++;
        }
        return length;
    }

    /** Outside the symbol is the quiet zone: light. */
    private static boolean dark(ByteMatrix matrix, int x, int y) {
        return inside(matrix, x, y) && matrix.get(x, y) == 1;
    }

    private static boolean inside(ByteMatrix matrix, int x, int y) {
        return x >= 0 && y >= 0 && x < matrix.getWidth() && y < matrix.getHeight();
    }

    /** ZXing's test: each run within half a module of 1, 1, 3, 1, 1 modules (the middle one 1.5). */
    private static boolean finderLike(int[] runs) {
        double module = sum(runs) / 7.0;
        double tolerance = module / 2;
        return Math.abs(module - runs[0]) < tolerance && Math.abs(module - runs[1]) < tolerance
                && Math.abs(3 * module - runs[2]) < 3 * tolerance
                && Math.abs(module - runs[3]) < tolerance && Math.abs(module - runs[4]) < tolerance;
    }

    private static int sum(int[] runs) {
        return runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
    }
}
