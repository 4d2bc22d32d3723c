package vn.xkmt.cli;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log pattern's {@code %safeex}: a stack trace with control and bidirectional characters escaped ({@link SafeText}). */
public final class SafeLogThrowable extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SafeText.escape(super.convert(event));
    }
}
