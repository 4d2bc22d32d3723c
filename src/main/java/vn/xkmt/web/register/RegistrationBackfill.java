package vn.xkmt.web.register;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.web.evaluation.StoredRegistrations;

/**
 * Once, at startup, before the server takes requests: the evaluations stored before the register read
 * registrations from the data (or whose reading failed) are read again from their stored workbooks, oldest
 * first, each in its own transaction with its mark, so that running it again does nothing twice.
 */
@Component
class RegistrationBackfill implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationBackfill.class);

    private final StoredRegistrations stored;
    private final RegistrationFromData fromData;
    private final TransactionTemplate tx;

    RegistrationBackfill(StoredRegistrations stored, RegistrationFromData fromData, TransactionTemplate tx) {
        this.stored = stored;
        this.fromData = fromData;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    /** Reads every unread evaluation; returns how many were read. */
    int run() {
        List<Long> ids = stored.unread();
        int done = 0;
        for (long id : ids) {
            try {
                tx.executeWithoutResult(s -> {
                    stored.read(id).ifPresent(e -> fromData.apply(e, true));
                    stored.markRead(id);
                });
                done++;
            } catch (RuntimeException ex) {
                LOG.warn("Registrations of evaluation {} not read into the register: {}", id, ex.toString());
            }
        }
        if (!ids.isEmpty()) {
            LOG.info("Register: registrations of {} stored evaluation(s) read from their workbooks", done);
        }
        return done;
    }
}
