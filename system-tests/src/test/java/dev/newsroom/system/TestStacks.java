package dev.newsroom.system;

import java.nio.file.Path;

import dev.newsroom.stack.LocalStack;

/**
 * Whole stacks for system tests: each in a var directory of its own, on free ports. The
 * services' images, unpacked from this build's jars with their class data archives, are
 * shared by the build's stacks, so that only the first one makes them.
 */
final class TestStacks {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	static final Path IMAGES = ROOT.resolve("system-tests").resolve("target").resolve("stack-images");

	private TestStacks() {
	}

	static LocalStack.Builder configure(Path var) {
		return LocalStack.configure(ROOT, var).withFreePorts().withImagesIn(IMAGES);
	}

}
