package dev.newsroom.media.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.web.servlet.RequestTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

import org.springframework.stereotype.Component;

/**
 * Reads an upload's multipart form as it arrives: its text fields into memory, its file
 * into a temporary file. The file's first bytes say what it is, and so which limit it
 * has: a photo of more than the photo limit is refused at that limit, and the rest of the
 * request is not read (the container drops the connection), where whole parts would have
 * been read up to the video limit before anything could look at them.
 */
@Component
class UploadForm {

	static final String FILE = "file";

	private static final int MAX_FIELDS = 64;

	private static final int MAX_FIELD_LENGTH = 16 * 1024;

	private final UploadLimits limits;

	UploadForm(UploadLimits limits) {
		this.limits = limits;
	}

	/** The form's text fields, each with its values in order, and its file. */
	record Received(Map<String, List<String>> fields, ReceivedFile file) implements AutoCloseable {

		/** The one value of a field that is not repeated. */
		String field(String name) {
			List<String> values = fields.get(name);
			if (values != null && values.size() > 1) {
				throw UploadProblems.invalid(name, "is given more than once");
			}
			return values == null ? null : values.get(0);
		}

		List<String> fieldValues(String name) {
			return fields.get(name);
		}

		@Override
		public void close() {
			file.close();
		}

	}

	Received read(HttpServletRequest request) {
		var upload = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>();
		upload.setHeaderCharset(StandardCharsets.UTF_8);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		ReceivedFile file = null;
		try {
			FileItemInputIterator parts = upload.getItemIterator(request);
			int count = 0;
			while (parts.hasNext()) {
				FileItemInput part = parts.next();
				if (++count > MAX_FIELDS) {
					throw UploadProblems.invalid(part.getFieldName(), "is one field too many");
				}
				if (part.isFormField()) {
					fields.computeIfAbsent(part.getFieldName(), name -> new ArrayList<>()).add(text(part));
				}
				else if (FILE.equals(part.getFieldName()) && file == null) {
					file = receive(part);
				}
				else {
					throw UploadProblems.invalid(part.getFieldName(), "is not a file this form takes: one, named file");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (file != null) {
				file.close();
			}
			if (causedBy(ex, RequestTooLargeException.class)) {
				throw UploadProblems.requestTooLarge(ex);
			}
			if (ex instanceof IOException) {
				throw UploadProblems.invalid(FILE, "could not be read from the multipart request", ex);
			}
			throw (RuntimeException) ex;
		}
		if (file == null) {
			throw UploadProblems.invalid(FILE, "is required");
		}
		return new Received(fields, file);
	}

	private static String text(FileItemInput part) throws IOException {
		// not closed when refused: closing a part reads the rest of it
		InputStream in = part.getInputStream();
		byte[] bytes = in.readNBytes(MAX_FIELD_LENGTH + 1);
		if (bytes.length > MAX_FIELD_LENGTH) {
			throw UploadProblems.invalid(part.getFieldName(), "is too long");
		}
		in.close();
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Copies the file to a temporary one, up to the limit of what its first bytes say it
	 * is; one that is neither photo nor video is refused at those bytes.
	 */
	private ReceivedFile receive(FileItemInput part) throws IOException {
		Path copy = Files.createTempFile("media-", ".received");
		// not closed when refused: closing a part reads the rest of it
		InputStream in = part.getInputStream();
		try (OutputStream out = Files.newOutputStream(copy)) {
			byte[] head = in.readNBytes(ContentSniffer.HEAD_LENGTH);
			out.write(head);
			if (head.length == 0) {
				return new ReceivedFile(copy, part.getName(), 0);
			}
			MediaFormat format = ContentSniffer.sniff(head).orElseThrow(UploadProblems::unsupportedFormat);
			long max = limits.maxSize(format).toBytes();
			long size = head.length;
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				size += read;
				if (size > max) {
					throw UploadProblems.tooLarge(format, limits.maxSize(format));
				}
				out.write(buffer, 0, read);
			}
			in.close();
			return new ReceivedFile(copy, part.getName(), size);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
