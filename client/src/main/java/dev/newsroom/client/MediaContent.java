package dev.newsroom.client;

public record MediaContent(String contentType, byte[] bytes) {
}
