package dev.newsroom.client;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ViewCount(String articleId, long total) {
}
