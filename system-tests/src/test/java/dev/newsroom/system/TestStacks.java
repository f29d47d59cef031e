package dev.newsroom.system;

import java.nio.file.Path;

import dev.newsroom.stack.LocalStack;

import org.springframework.util.FileSystemUtils;

/**
 * Whole stacks for system tests: each in a var directory of its own, on free ports. The
 * services' images, unpacked from this build's jars with their class data archives, are
 * shared by the stacks of one test run, so that only the first one makes them; a run
 * starts without those of the run before, so that every run tests making them.
 */
final class TestStacks {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	static final Path IMAGES = ROOT.resolve("system-tests").resolve("target").resolve("stack-images");

	static {
		FileSystemUtils.deleteRecursively(IMAGES.toFile());
	}

	private TestStacks() {
	}

	static LocalStack.Builder configure(Path var) {
		return LocalStack.configure(ROOT, var).withFreePorts().withImagesIn(IMAGES);
	}

}
