package io.hindsight.standalone;

/** {@code hindsight run}: starts the embedded host and serves until stopped (Ctrl+C). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        HostOptions options;
        try {
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException badArguments) {
            System.err.println(badArguments.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedHost host = EmbeddedHost.start(options);
        System.out.println("Hindsight is running at " + host.baseUrl() + "/ (data in " + options.dataDir() + ")");
        System.out.println("Sign in as sam, vic, olga or alex with the password in users.properties (demo: "
                + io.hindsight.standalone.users.LocalUsers.DEMO_PASSWORD + ").");
        host.join();
    }
}
