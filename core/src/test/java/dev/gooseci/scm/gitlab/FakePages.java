package dev.gooseci.scm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gooseci.provider.Json;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** GitLab's offset pagination: {@code page} and {@code per_page} in, {@code x-*} headers out. */
final class FakePages {
    private FakePages() {}

    /** One page of {@code items}, with the headers GitLab's offset pagination sends. */
    static MockResponse page(RecordedRequest request, int pageSize, List<JsonNode> items) {
        String pageParam = request.getUrl().queryParameter("page");
        String perPageParam = request.getUrl().queryParameter("per_page");
        int perPage = Math.min(pageSize, perPageParam == null ? 20 : Integer.parseInt(perPageParam));
        int page = pageParam == null ? 1 : Integer.parseInt(pageParam);
        int totalPages = Math.max(1, (items.size() + perPage - 1) / perPage);
        ArrayNode array = Json.MAPPER.createArrayNode();
        items.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(array::add);
        String next = page < totalPages ? Integer.toString(page + 1) : "";
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-page", Integer.toString(page))
                .addHeader("x-per-page", Integer.toString(perPage))
                .addHeader("x-total", Integer.toString(items.size()))
                .addHeader("x-total-pages", Integer.toString(totalPages))
                .addHeader("x-next-page", next)
                .addHeader("x-prev-page", page > 1 ? Integer.toString(page - 1) : "")
                .body(Json.write(array))
                .build();
    }
}
