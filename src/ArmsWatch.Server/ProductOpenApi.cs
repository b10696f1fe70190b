using Microsoft.AspNetCore.OpenApi;

namespace ArmsWatch.Server;

/// <summary>The OpenAPI document under the product's one name and version ("ArmsWatch", "1.0.0"), not the host assembly's.</summary>
public static class ProductOpenApi
{
    public static void Describe(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = ProductInfo.Name;
        document.Info.Version = ProductInfo.Version;
        document.Info.Description = "The ArmsWatch register: arms-transfer claims read from news, each with the sentence it comes from; "
            + "deals merged from them; a live stream of new claims.";
        return Task.CompletedTask;
    });
}
