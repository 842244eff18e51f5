package ru.knmc.innonet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import ru.knmc.innonet.common.UserException;

/** Where the demo data files come from: the program's resources, or a test's own set. */
@FunctionalInterface
public interface DemoFiles {

    /** The file's text; a Russian {@link UserException} when it is not there. */
    Reader open(String fileName) throws IOException;

    /** The files shipped inside the program, under {@code demo/}. */
    static DemoFiles bundled() {
        return classpath("demo");
    }

    static DemoFiles classpath(String folder) {
        return fileName -> {
            String path = folder + "/" + fileName;
            InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new UserException("demo.error.missingFile", fileName);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        };
    }
}
