package io.gloss.benchmark;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The benchmark's yardstick: the cheapest answer this server can give (exists in tests only). */
@Path("/benchmark/constant")
public class ConstantResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String constant() {
        return "ok";
    }
}
