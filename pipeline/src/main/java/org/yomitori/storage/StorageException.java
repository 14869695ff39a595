package org.yomitori.storage;

/** The database failed; the message names the operation, never a stored value. */
public class StorageException extends RuntimeException {
    public StorageException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
