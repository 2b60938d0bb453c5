package vn.danvan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and the test database, so that tests can make the database misbehave as a real
 * one does: {@link #hang()} stops relaying (a network partition: connections stay open, nothing answers),
 * {@link #dropConnections()} closes every open connection (a database restart).
 */
public final class DatabaseProxy implements AutoCloseable {

    private static volatile DatabaseProxy current;

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile boolean hanging;
    private volatile boolean closed;

    private DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static DatabaseProxy start(String targetHost, int targetPort) throws IOException {
        current = new DatabaseProxy(targetHost, targetPort);
        return current;
    }

    /** The proxy of this test run. */
    public static DatabaseProxy current() {
        return current;
    }

    public int port() {
        return server.getLocalPort();
    }

    public void hang() {
        hanging = true;
    }

    public void recover() {
        synchronized (gate) {
            hanging = false;
            gate.notifyAll();
        }
    }

    public void dropConnections() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        closed = true;
        recover();
        closeQuietly(server);
        dropConnections();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket database = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(database);
                relay(client, database);
                relay(database, client);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    waitWhileHanging();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // a side closed: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "db-proxy-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void waitWhileHanging() throws InterruptedException {
        synchronized (gate) {
            while (hanging && !closed) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
