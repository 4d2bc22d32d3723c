package vn.xkmt.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log pattern's {@code %safemsg}: the message with control and bidirectional characters escaped ({@link SafeText}). */
public final class SafeLogMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SafeText.escape(super.convert(event));
    }
}
