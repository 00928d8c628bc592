package demo;

import java.io.FileReader;

public class Greeter {
    public String greet(String name) {
        if (name == null) {
            return "Hello, " + name.trim();
        }
        return "Hello, " + name;
    }

    public String motd() throws Exception {
        return new java.io.BufferedReader(new FileReader("motd.txt")).readLine();
    }
}
