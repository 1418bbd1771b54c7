package com.opensylo.merchant;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three ingestion endpoints are in the OpenAPI document with their request and response schemas
 * and examples, and the scores in the responses are described as the CreditScore schema.
 */
@ExtendWith(ArquillianExtension.class)
class IngestionOpenApiIT {

  @Test
  void everyIngestionEndpointIsDocumentedWithSchemasAndExamples() {
    JsonPath doc = request().accept("application/json").get("/openapi").jsonPath();
    String merchant = "paths.'/api/marketplace/data/merchant'.post";
    String bulk = "paths.'/api/marketplace/data/bulk'.post";
    String score = "paths.'/api/marketplace/data/merchant/{merchantId}/credit-score'.get";

    assertThat(doc.getString(merchant + ".requestBody.content.'application/json'.schema.'$ref'"))
        .endsWith("/MerchantDataRequest");
    assertThat(doc.getMap(merchant + ".requestBody.content.'application/json'.examples"))
        .containsKey("allBlocks");
    assertThat(
            doc.getString(merchant + ".responses.'200'.content.'application/json'.schema.'$ref'"))
        .endsWith("/MerchantDataResponse");
    assertThat(doc.getMap(merchant + ".responses.'200'.content.'application/json'.examples"))
        .containsKey("scored");
    assertThat(doc.getMap(merchant + ".responses")).containsKeys("200", "400", "403", "409");

    assertThat(doc.getString(bulk + ".requestBody.content.'application/json'.schema.'$ref'"))
        .endsWith("/BulkMerchantDataRequest");
    assertThat(doc.getMap(bulk + ".responses")).containsKeys("200", "400", "403", "413");
    assertThat(doc.getMap(bulk + ".responses.'200'.content.'application/json'.examples"))
        .containsKey("mixed");

    assertThat(doc.getString(score + ".responses.'200'.content.'application/json'.schema.'$ref'"))
        .endsWith("/CreditScoreResponse");
    assertThat(doc.getMap(score + ".responses")).containsKeys("200", "403", "404");

    Map<String, Object> schemas = doc.getMap("components.schemas");
    assertThat(schemas)
        .containsKeys(
            "MerchantIdentity",
            "SalesPerformance",
            "RevenueConsistency",
            "FulfillmentMetrics",
            "PayoutCashFlow",
            "PlatformDependency",
            "HistoricalCredit",
            "BehavioralRisk",
            "CreditScore",
            "ScoreBreakdown");
    assertThat(doc.getList("components.schemas.MerchantDataRequest.required"))
        .isEqualTo(List.of("merchantIdentity"));
    assertThat(doc.getString("components.schemas.MerchantDataResponse.properties.creditScore"))
        .contains("CreditScore");
    assertThat(doc.getString("components.schemas.BulkItemResult.properties.creditScore"))
        .contains("CreditScore");
  }
}
