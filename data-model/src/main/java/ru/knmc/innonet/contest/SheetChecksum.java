package ru.knmc.innonet.contest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an offline sheet: HMAC-SHA256, keyed by the contest's secret, over the identifiers and
 * the structure the sheet was written with (contest, expert, review, criteria and their maxima). An edited
 * identifier, a moved or added row, a changed maximum — the signature no longer matches.
 */
public final class SheetChecksum {
    private SheetChecksum() {
    }

    public static String of(String secret, long contestId, long expertId, long reviewId, List<Long> criterionIds,
                            List<Integer> maxima) {
        StringBuilder b = new StringBuilder().append(contestId).append('|').append(expertId).append('|').append(reviewId);
        for (int i = 0; i < criterionIds.size(); i++) {
            b.append('|').append(criterionIds.get(i)).append(':').append(i < maxima.size() ? maxima.get(i) : -1);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest signature of a workbook: which reviews it was written with. */
    public static String ofManifest(String secret, long contestId, long expertId, List<Long> reviewIds) {
        return of(secret, contestId, expertId, -1, reviewIds, reviewIds.stream().map(r -> 0).collect(Collectors.toList()));
    }
}
