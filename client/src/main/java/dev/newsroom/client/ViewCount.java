package dev.newsroom.client;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An article's views: all of them, today's and the last seven days' (today included),
 * days in the portal's time zone.
 */
@Serdeable
public record ViewCount(String articleId, long total, long today, long last7Days) {
}
