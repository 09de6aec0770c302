package cn.jixiao.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A spreadsheet that cannot be read as a form: not a workbook, no recognisable table, or cells whose values
 * are not what the field needs. {@link #problems()} lists every problem found, each naming the sheet and the
 * cell; {@link #getMessage()} joins them, one per line. For the HTTP layer this is a 400 (malformed input).
 */
public class FormImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public FormImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    public FormImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    /** The problems, in sheet order (top to bottom). */
    public List<ImportProblem> problems() {
        return problems;
    }
}
