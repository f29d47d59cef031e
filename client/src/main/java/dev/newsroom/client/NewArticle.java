package dev.newsroom.client;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record NewArticle(String title, String lead, String body, String section, List<String> tags) {
}
