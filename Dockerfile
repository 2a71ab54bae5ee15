# The application as an image: built with the Maven wrapper, run on a JRE as a user without privileges.
#   docker build -t thidua .
#   docker compose --profile app up        (PostgreSQL and the application; see docker-compose.yml)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/thidua-*.jar /src/thidua.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system thidua && useradd --system --gid thidua --home-dir /app --shell /usr/sbin/nologin thidua
WORKDIR /app
COPY --from=build /src/thidua.jar /app/thidua.jar
USER thidua
EXPOSE 8080 8081
# the management port (health, metrics) listens on every interface inside the container; publish it only to the
# orchestrator, never to the public
ENV MANAGEMENT_ADDRESS=0.0.0.0 JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/thidua.jar"]
