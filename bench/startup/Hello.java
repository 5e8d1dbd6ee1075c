import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The reference for start-up time: a bare picocli command that prints its version. */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0")
public class Hello implements Runnable {
    public void run() {
        System.out.println("hello");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
