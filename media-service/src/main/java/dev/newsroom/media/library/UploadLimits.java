package dev.newsroom.media.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be ({@code newsroom.media.*}): a photo and a video in bytes,
 * and a photo in pixels, which its header declares before a pixel is decoded.
 *
 * @param maxImageSize the largest photo file
 * @param maxVideoSize the largest video file; the multipart limits must let it through
 * @param maxPixels the most pixels a photo may have (a 12-megapixel camera's are 12
 * million)
 */
@ConfigurationProperties("newsroom.media")
record UploadLimits(@DefaultValue("20MB") DataSize maxImageSize, @DefaultValue("500MB") DataSize maxVideoSize,
		@DefaultValue("100000000") long maxPixels) {

	DataSize maxSize(MediaFormat format) {
		return format.isImage() ? maxImageSize : maxVideoSize;
	}

}
