package kz.qaldyq.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code <context>/<name>.jrxml} under a source folder to {@code <context>/<name>.jasper} under an
 * output folder, keeping the relative path, so that the report service finds it on the class path as
 * {@code reports/<context>/<name>.jasper}.
 * <p>
 * The build runs it in the {@code process-classes} phase, after this module's classes are compiled, because the
 * templates' expressions are type-checked against the input records: a renamed record component breaks the build,
 * not a request. It always recompiles everything, since a changed record can invalidate an unchanged template.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <jrxml source dir> <jasper output dir>");
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml template under " + source);
        }
        for (Path template : templates) {
            String relative = source.relativize(template).toString();
            Path target = output.resolve(relative.substring(0, relative.length() - ".jrxml".length()) + ".jasper");
            Files.createDirectories(target.getParent());
            try {
                JasperCompileManager.compileReportToFile(template.toString(), target.toString());
            } catch (JRException e) {
                throw new JRException("cannot compile report template " + template + ": " + e.getMessage(), e);
            }
        }
        System.out.printf("Compiled %d report templates to %s%n", templates.size(), output);
    }
}
