package io.github.copydesk.config;

/**
 * A baseline or suppressions file that is configured but cannot be used: missing, unreadable or
 * malformed. The message names the file and, where it can, the line and column at fault.
 */
public class ConfigurationFileException extends Exception {
    public ConfigurationFileException(String message) {
        super(message);
    }

    public ConfigurationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
