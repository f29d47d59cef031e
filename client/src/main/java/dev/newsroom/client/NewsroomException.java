package dev.newsroom.client;

/**
 * The API answered with an error; {@link #problem()} says what and, for bad input, which
 * field.
 */
public class NewsroomException extends RuntimeException {

	private final int status;

	private final transient Problem problem;

	NewsroomException(int status, Problem problem) {
		super(status + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
		this.status = status;
		this.problem = problem;
	}

	public int status() {
		return status;
	}

	public Problem problem() {
		return problem;
	}

}
