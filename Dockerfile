# A Newsroom service: the jar that mvn -B -DskipTests package builds, on a Java 17 runtime.
# Build from the repository root (the build context of docker-compose.yml), naming the
# module and the port it listens on:
#   docker build --build-arg SERVICE=article-service --build-arg PORT=8081 -t newsroom/article-service .
FROM eclipse-temurin:17-jre

# A system user without a shell or home; numeric so that a runtime can verify it is not root.
# Before the arguments, so that every service's image shares this layer.
RUN groupadd --system --gid 10001 newsroom \
    && useradd --system --uid 10001 --gid newsroom --no-create-home --shell /usr/sbin/nologin newsroom

ARG SERVICE
ARG PORT
RUN test -n "${SERVICE}" && test -n "${PORT}" \
    || { echo "Build with --build-arg SERVICE=<module> --build-arg PORT=<its port>" >&2; exit 1; }

WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}.jar /app/app.jar

# The heap follows the container's memory limit; docker-compose.yml may override this.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The port the service listens on, and the one its health check asks.
ENV SERVER_PORT=${PORT}

USER 10001:10001
EXPOSE ${PORT}

# The image does not promise curl or wget, so this is a plain HTTP GET over bash's /dev/tcp.
# The actuator answers 200 while the service is UP and 503 when it is DOWN.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && timeout 4 head -n 1 <&3 | grep -q '^HTTP/1\\.[01] 200'"]

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
