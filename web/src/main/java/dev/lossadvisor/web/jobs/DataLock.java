package dev.lossadvisor.web.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on DIR/server.lock (an OS file lock: released when the process dies, even by kill -9), holding the
 * owner's process id for the message a second server prints.
 */
public final class DataLock implements AutoCloseable {
    static final String FILE = "server.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws InUse when another process (or another store in this one) holds DIR */
    static DataLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ByteBuffer owner = ByteBuffer.allocate(32);
            channel.read(owner, 0);
            channel.close();
            String pid = new String(owner.array(), 0, owner.position(), StandardCharsets.US_ASCII).strip();
            throw new InUse(dir, pid);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        return new DataLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    /** Another server uses the data directory. */
    public static final class InUse extends IllegalStateException {
        InUse(Path dir, String pid) {
            super(dir + " is in use by another Loss Advisor server" + (pid.isEmpty() ? "" : " (pid " + pid + ")"));
        }
    }
}
