package vn.xkmt.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI xkmtOpenApi() {
        return new OpenAPI()
                .info(new Info().title("XKMT API").version("1")
                        .description("Đánh giá xã không có ma túy / drug-free commune evaluation. "
                                + "HTTP Basic with the web accounts; keep the XKMT_SESSION cookie to avoid a "
                                + "password check per request. Persons appear by id only."))
                // a relative server: never the Host header of whoever asked first
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
