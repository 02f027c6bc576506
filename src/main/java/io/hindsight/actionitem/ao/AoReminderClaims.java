package io.hindsight.actionitem.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.actionitem.ReminderClaims;
import io.hindsight.platform.ao.WriteConflicts;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** Reminder claims on Active Objects: a row per reminder whose unique key lets exactly one node insert it. */
@Named
public final class AoReminderClaims implements ReminderClaims {

    private static final int MAX_KEY = 255;

    private final ActiveObjects ao;

    public AoReminderClaims(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(String claimKey, Instant at) {
        try {
            ao.executeInTransaction(() -> ao.create(ReminderClaimAo.class,
                    Map.of(ReminderClaimAo.CLAIM_KEY, stored(claimKey), ReminderClaimAo.CLAIMED_AT, at.toEpochMilli())));
            return true;
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public void release(String claimKey) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReminderClaimAo.class, ReminderClaimAo.CLAIM_KEY + " = ?", stored(claimKey));
            return null;
        });
    }

    @Override
    public int forgetBefore(Instant before) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ReminderClaimAo.class,
                ReminderClaimAo.CLAIMED_AT + " < ?", before.toEpochMilli()));
    }

    private static String stored(String claimKey) {
        if (claimKey.length() <= MAX_KEY) {
            return claimKey;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(claimKey.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
