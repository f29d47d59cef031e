package dev.newsroom.benchmarks;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.sun.net.httpserver.HttpServer;
import net.coobird.thumbnailator.Thumbnails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads and renditions on a running stack. Makes a 12-megapixel JPEG (4000 × 3000, as a
 * phone or a compact camera takes them) and a video file of the size asked, and measures:
 * <ul>
 * <li>the renditions of the photo in this JVM, decoded once with ImageIO and
 * TwelveMonkeys, then scaled to the four widths and the 16:9 crop and encoded as the
 * service does, by Thumbnailator (what the service uses) and by plain Java 2D in one
 * bilinear step, and Java 2D's area averaging;</li>
 * <li>uploads through the gateway, against the same bytes posted in the same run to a
 * server in this JVM that only reads them: the baseline of the client and the loopback;
 * </li>
 * <li>the time from an upload's 201 to its renditions being ready, and the worker's own
 * time for them (its {@code newsroom.media.renditions} timer).</li>
 * </ul>
 *
 * <pre>
 * ./newsroom up --detach
 * ./newsroom bench media [photos] [video-MB] [gateway-url] [media-service-url]
 * </pre>
 */
public final class MediaBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int[] WIDTHS = { 1600, 1024, 640, 320 };

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String gateway;

	private final String mediaService;

	private MediaBenchmark(String gateway, String mediaService) {
		this.gateway = gateway;
		this.mediaService = mediaService;
	}

	public static void main(String[] args) throws Exception {
		int photos = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int videoMegabytes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		new MediaBenchmark(args.length > 2 ? args[2] : "http://localhost:8080",
				args.length > 3 ? args[3] : "http://localhost:8082")
			.run(photos, videoMegabytes);
		System.exit(0);
	}

	void run(int photos, int videoMegabytes) throws Exception {
		byte[] photo = twelveMegapixelJpeg();
		System.out.printf("A 4000 x 3000 JPEG of %.1f MB; %d cores%n%n", photo.length / 1e6,
				Runtime.getRuntime().availableProcessors());
		scalers(photo);

		String token = Newsroom.publisherToken(http, gateway);
		Multipart photoForm = Multipart.of("photo.jpg", "image/jpeg", photo);
		Multipart videoForm = Multipart.of("video.mp4", "video/mp4", mp4(videoMegabytes * 1_000_000));
		System.out.printf("%nUploads: %-36s %10s %10s %10s%n", "", "MB/s", "baseline", "ratio");
		try (var sink = new Sink()) {
			upload(photoForm, token);
			sink.post(photoForm);
			double photoBaseline = median(photos, () -> sink.post(photoForm));
			List<Long> sinceCreated = new ArrayList<>();
			double photoRate = median(photos, () -> {
				long start = System.nanoTime();
				String id = upload(photoForm, token);
				long created = System.nanoTime();
				awaitReady(id);
				sinceCreated.add(System.nanoTime() - created);
				return photoForm.size() / ((created - start) / 1e9) / 1e6;
			});
			print("the 12 MP JPEG, " + photos + " times, median", photoRate, photoBaseline);
			double videoBaseline = sink.post(videoForm);
			double heapBefore = heapUsed();
			double[] heapMax = { heapBefore };
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					heapMax[0] = Math.max(heapMax[0], heapUsed());
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException stop) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			double videoRate = upload(videoForm, token, 1);
			sampler.interrupt();
			print("a video of " + videoMegabytes + " MB, once", videoRate, videoBaseline);
			System.out.printf("  media-service heap while it came in: %.0f MB before, %.0f MB at most (sampled every"
					+ " 100 ms)%n", heapBefore / 1e6, heapMax[0] / 1e6);

			long[] ready = sinceCreated.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("%nFrom 201 to renditions ready (polled every 20 ms): median %.0f ms, max %.0f ms over %d"
					+ " photos%n", ready[ready.length / 2] / 1e6, ready[ready.length - 1] / 1e6, ready.length);
		}
		String metrics = http
			.send(HttpRequest.newBuilder(URI.create(mediaService + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		double count = metric(metrics, "newsroom_media_renditions_seconds_count");
		System.out.printf(
				"The worker's own time (decode, 5 renditions, store), its timer since it started: mean %.0f ms"
						+ " over %.0f photos, max %.0f ms%n",
				metric(metrics, "newsroom_media_renditions_seconds_sum") / count * 1000, count,
				metric(metrics, "newsroom_media_renditions_seconds_max") * 1000);
	}

	private static void print(String what, double rate, double baseline) {
		System.out.printf("  %-42s %10.1f %10.1f %10.2f%n", what, rate, baseline, rate / baseline);
	}

	/** Each way of scaling five times; the medians in milliseconds. */
	private static void scalers(byte[] photo) throws IOException {
		System.out.printf("Renditions in this JVM (median of 5, ms) %12s %12s %12s %12s%n", "decode", "scale+encode",
				"total", "w320 error");
		long[] decode = new long[5];
		BufferedImage decoded = null;
		for (int i = 0; i < decode.length; i++) {
			long start = System.nanoTime();
			decoded = ImageIO.read(new ByteArrayInputStream(photo));
			decode[i] = System.nanoTime() - start;
		}
		double decodeMs = medianMs(decode);
		BufferedImage image = decoded;
		BufferedImage reference = areaAveraging(image, 320, 240);
		time("Thumbnailator, each width from the last", decodeMs,
				error(reference, Thumbnails.of(image).width(1600).asBufferedImage(), 1024, 640, 320), () -> {
					BufferedImage larger = image;
					for (int width : WIDTHS) {
						larger = Thumbnails.of(larger).width(width).asBufferedImage();
						jpeg(larger);
					}
					jpeg(Thumbnails.of(image).sourceRegion(0, 375, 4000, 2250).forceSize(1600, 900).asBufferedImage());
				});
		time("Java 2D, one bilinear step each", decodeMs, error(reference, bilinear(image, 320, 240)), () -> {
			for (int width : WIDTHS) {
				jpeg(bilinear(image, width, width * 3 / 4));
			}
			jpeg(bilinear(image.getSubimage(0, 375, 4000, 2250), 1600, 900));
		});
		time("Java 2D, area averaging", decodeMs, 0, () -> {
			for (int width : WIDTHS) {
				jpeg(areaAveraging(image, width, width * 3 / 4));
			}
			jpeg(areaAveraging(image.getSubimage(0, 375, 4000, 2250), 1600, 900));
		});
	}

	/**
	 * How far a 320-pixel rendition is from area averaging's, the slow and faithful one:
	 * the mean difference of each colour of each pixel, 0 to 255.
	 */
	private static double error(BufferedImage reference, BufferedImage larger, int... widths) throws IOException {
		BufferedImage scaled = larger;
		for (int width : widths) {
			scaled = Thumbnails.of(scaled).width(width).asBufferedImage();
		}
		long difference = 0;
		for (int y = 0; y < reference.getHeight(); y++) {
			for (int x = 0; x < reference.getWidth(); x++) {
				int a = reference.getRGB(x, y);
				int b = scaled.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					difference += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
				}
			}
		}
		return difference / (3.0 * reference.getWidth() * reference.getHeight());
	}

	private static void time(String what, double decodeMs, double error, Step step) throws IOException {
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			step.run();
			times[i] = System.nanoTime() - start;
		}
		double ms = medianMs(times);
		System.out.printf("  %-38s %12.0f %12.0f %12.0f %12.2f%n", what, decodeMs, ms, decodeMs + ms, error);
	}

	private static BufferedImage bilinear(BufferedImage image, int width, int height) {
		return draw(width, height, graphics -> {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, null);
		});
	}

	private static BufferedImage areaAveraging(BufferedImage image, int width, int height) {
		return draw(width, height, graphics -> graphics
			.drawImage(image.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null));
	}

	private static BufferedImage draw(int width, int height, java.util.function.Consumer<Graphics2D> drawing) {
		var scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			drawing.accept(graphics);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		var bytes = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.82f);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * Smooth light and shade with grain over it, which JPEG compresses about as it does a
	 * photo: a few megabytes.
	 */
	private static byte[] twelveMegapixelJpeg() throws IOException {
		int width = 4000;
		int height = 3000;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var random = new Random(42);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int grain = random.nextInt(48) - 24;
				int r = clamp(80 + 120 * x / width + grain);
				int g = clamp(60 + 100 * y / height + grain);
				int b = clamp(140 + (int) (60 * Math.sin(x / 180.0) * Math.cos(y / 140.0)) + grain);
				row[x] = r << 16 | g << 8 | b;
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", bytes);
		return bytes.toByteArray();
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	/**
	 * An MP4's first box and bytes of no meaning: the service checks the type, not the
	 * film.
	 */
	private static byte[] mp4(int size) {
		byte[] video = new byte[size];
		new Random(7).nextBytes(video);
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
				'4', '1' };
		System.arraycopy(ftyp, 0, video, 0, ftyp.length);
		return video;
	}

	private String upload(Multipart form, String token) throws IOException, InterruptedException {
		HttpResponse<String> created = Newsroom.send(http, form.post(gateway + "/api/admin/media", token));
		return JSON.readTree(created.body()).get("id").asString();
	}

	/** The rate of one upload, in MB/s. */
	private double upload(Multipart form, String token, int times) throws IOException, InterruptedException {
		long start = System.nanoTime();
		for (int i = 0; i < times; i++) {
			upload(form, token);
		}
		return form.size() * (double) times / ((System.nanoTime() - start) / 1e9) / 1e6;
	}

	private void awaitReady(String id) throws IOException, InterruptedException {
		while (true) {
			HttpResponse<String> media = http.send(
					HttpRequest.newBuilder(URI.create(mediaService + "/api/media/" + id)).build(),
					HttpResponse.BodyHandlers.ofString());
			JsonNode status = JSON.readTree(media.body()).get("status");
			if (status != null && !status.asString().equals("pending")) {
				if (!status.asString().equals("ready")) {
					throw new IllegalStateException("Renditions of " + id + ": " + media.body());
				}
				return;
			}
			Thread.sleep(20);
		}
	}

	/** The media-service's heap in use now, in bytes; 0 if it cannot be read. */
	private double heapUsed() {
		try {
			return metric(http
				.send(HttpRequest.newBuilder(URI.create(mediaService + "/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.lines()
				.filter(line -> line.contains("area=\"heap\""))
				.collect(java.util.stream.Collectors.joining("\n")), "jvm_memory_used_bytes");
		}
		catch (IOException | InterruptedException unreadable) {
			return 0;
		}
	}

	private static double metric(String metrics, String name) {
		return metrics.lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static double median(int times, Rate rate) throws Exception {
		double[] rates = new double[times];
		for (int i = 0; i < times; i++) {
			rates[i] = rate.measure();
		}
		Arrays.sort(rates);
		return rates[times / 2];
	}

	private static double medianMs(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private interface Step {

		void run() throws IOException;

	}

	private interface Rate {

		/** In MB/s. */
		double measure() throws Exception;

	}

	/** A multipart form holding one file, in memory, posted from there. */
	private record Multipart(String boundary, byte[] body) {

		static Multipart of(String filename, String contentType, byte[] file) {
			String boundary = "bench" + Long.toHexString(new Random().nextLong());
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
			byte[] body = new byte[head.length + file.length + tail.length];
			System.arraycopy(head, 0, body, 0, head.length);
			System.arraycopy(file, 0, body, head.length, file.length);
			System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
			return new Multipart(boundary, body);
		}

		long size() {
			return body.length;
		}

		HttpRequest post(String url, String token) {
			return HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofMinutes(15))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
		}

	}

	/**
	 * The baseline: an HTTP server in this JVM that reads what is posted and drops it.
	 */
	private final class Sink implements AutoCloseable {

		private final HttpServer server;

		Sink() throws IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				try (InputStream in = exchange.getRequestBody()) {
					in.transferTo(java.io.OutputStream.nullOutputStream());
				}
				exchange.sendResponseHeaders(201, -1);
				exchange.close();
			});
			server.start();
		}

		/** The rate of one post, in MB/s. */
		double post(Multipart form) throws IOException, InterruptedException {
			long start = System.nanoTime();
			Newsroom.send(http, form.post("http://127.0.0.1:" + server.getAddress().getPort() + "/", "none"));
			return form.size() / ((System.nanoTime() - start) / 1e9) / 1e6;
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

}
