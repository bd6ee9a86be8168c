package nl.doorbraak.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The top of the OpenAPI description at /v3/api-docs; springdoc adds the /api/** endpoints it finds. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "apiSleutel";

    @Bean
    OpenAPI doorbraakOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Doorbraak API").version("v1").description("""
                        De API van Doorbraak. Stuur bij elke aanvraag een persoonlijke API-sleutel mee in de kop \
                        'Authorization: Bearer <sleutel>'. U maakt een sleutel aan op de pagina API-sleutels \
                        (/account/api-tokens). Een ingelogde gebruiker kan de API ook met de sessie van de browser \
                        gebruiken. Fouten komen terug als application/problem+json (RFC 9457) met een Nederlandse \
                        uitleg in 'detail' en, waar het om een veld gaat, een lijst 'errors' met 'field' en 'message'."""))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Persoonlijke API-sleutel, te maken op /account/api-tokens. "
                                + "De sleutel werkt met de rollen van de gebruiker die hem maakte.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
