using ArmsWatch.Register;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArmsWatch.Server;

/// <summary>The read endpoints: thin over <see cref="RegisterStore"/>, the CLI's filters as query parameters, paged.</summary>
public static class RegisterApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("register");
        api.MapGet("/claims", Claims).WithSummary("Claims matching every filter, in the order they were stored.");
        api.MapGet("/deals", Deals).WithSummary("Deals with a mention matching every filter, each with its whole timeline and figures.");
        api.MapGet("/deals/{id}", Deal).WithSummary("One deal by its id (as /api/deals gives it).");
        api.MapGet("/documents", Documents).WithSummary("Documents holding a claim that matches every filter (all documents without filters), newest first.");
        api.MapGet("/documents/{id:long}", Document).WithSummary("One document: its text, its sentences and its claims with the character offsets of their evidence and item.");
        api.MapGet("/flows", Flows).WithSummary("Claims per supplier → recipient pair and per year, for the filters given.");
    }

    private static Results<Ok<Page<StoredClaim>>, ProblemHttpResult> Claims([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) => paging.Of(store.Claims(filter, paging.Offset, paging.Size), store.CountClaims(filter)));

    // Deals are merged from the claims at query time (see RegisterStore.Deals), so they are paged after merging.
    private static Results<Ok<Page<Deal>>, ProblemHttpResult> Deals([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) => paging.Slice(store.Deals(filter)));

    private static Results<Ok<Deal>, ProblemHttpResult> Deal(string id, RegisterStore store) =>
        store.Deals(ClaimFilter.All).FirstOrDefault(deal => deal.Id == id) is { } deal
            ? TypedResults.Ok(deal)
            : NotFound($"no deal with id '{id}'");

    private static Results<Ok<Page<DocumentSummary>>, ProblemHttpResult> Documents([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) => paging.Of(store.Documents(filter, paging.Offset, paging.Size), store.CountDocuments(filter)));

    private static Results<Ok<StoredDocument>, ProblemHttpResult> Document(long id, RegisterStore store) =>
        store.Document(id) is { } document ? TypedResults.Ok(document) : NotFound($"no document with id {id}");

    private static Results<Ok<FlowSummary>, ProblemHttpResult> Flows([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, _) => FlowSummary.Of(store.Claims(filter)));

    private static Results<Ok<T>, ProblemHttpResult> Listing<T>(ListingParameters query, Func<ClaimFilter, Paging, T> list)
    {
        try
        {
            return TypedResults.Ok(list(query.Filter(), query.Paging()));
        }
        catch (FormatException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter", detail: e.Message);
        }
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
