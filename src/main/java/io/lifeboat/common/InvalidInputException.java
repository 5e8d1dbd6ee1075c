package io.lifeboat.common;

import java.util.List;

/** Input that cannot be accepted; carries every problem found, not only the first. Maps to exit code 2. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public InvalidInputException(String message) {
        this(List.of(Problem.general(null, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
