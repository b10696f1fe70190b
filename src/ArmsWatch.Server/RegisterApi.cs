using ArmsWatch.Register;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArmsWatch.Server;

/// <summary>The read endpoints: thin over <see cref="RegisterStore"/>, the CLI's filters as query parameters, paged.</summary>
/// <remarks>
/// Every answer is a few indexed lookups: deals and flows are kept up to date at ingest (<see cref="DealIndex"/>,
/// <see cref="ClaimTallies"/>), totals come from tallies (or stop at a floor), and no page starts deeper than
/// <see cref="ListingParameters.MaxOffset"/>.
/// </remarks>
public static class RegisterApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("register");
        api.MapGet("/claims", Claims).WithSummary("Claims matching every filter, in the order they were stored.");
        api.MapGet("/deals", Deals).WithSummary("Deals with a mention matching every filter: status, history and figures (the timeline is /api/deals/{id}).");
        api.MapGet("/deals/{id}", Deal).WithSummary("One deal by its id (as /api/deals gives it), with a page of its timeline and the documents that page cites.");
        api.MapGet("/documents", Documents).WithSummary("Documents holding a claim that matches every filter (all documents without filters), newest first.");
        api.MapGet("/documents/{id:long}", Document).WithSummary("One document: its text, its sentences, its claims with the character offsets of their evidence and item, and the spans recognised in its text (states, organisations, people, equipment, cues).");
        api.MapGet("/flows", Flows).WithSummary("Claims per supplier → recipient pair and per year, for the filters given.");
    }

    // The total first: a filter that matches nothing (or a page past the end) reads no claim at all.
    private static Results<Ok<Page<StoredClaim>>, ProblemHttpResult> Claims([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) =>
        {
            var total = store.CountClaims(filter);
            return paging.Of(total.Exact && total.Value <= paging.Offset ? [] : store.Claims(filter, paging.Offset, paging.Size), total);
        });

    private static Results<Ok<Page<Deal>>, ProblemHttpResult> Deals([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) =>
        {
            var (deals, total) = store.Deals(filter, paging.Offset, paging.Size);
            return paging.Of(deals, total);
        });

    /// <summary>The deal, its timeline a page at a time (<c>page</c>, <c>page_size</c>), and each document of that page once.</summary>
    private static Results<Ok<DealPage>, ProblemHttpResult> Deal(string id, [AsParameters] ListingParameters query, RegisterStore store)
    {
        Paging paging;
        try
        {
            paging = query.Paging();
        }
        catch (FormatException e)
        {
            return BadQuery(e);
        }
        return store.Deal(id, paging.Offset, paging.Size) is { } detail
            ? TypedResults.Ok(new DealPage(detail.Deal, paging.Of(detail.Timeline, detail.Deal.Mentions), detail.Documents))
            : NotFound($"no deal with id '{id}'");
    }

    private static Results<Ok<Page<DocumentSummary>>, ProblemHttpResult> Documents([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, paging) =>
        {
            var total = store.CountDocuments(filter);
            return paging.Of(total.Exact && total.Value <= paging.Offset ? [] : store.Documents(filter, paging.Offset, paging.Size), total);
        });

    private static Results<Ok<ArticleDetail>, ProblemHttpResult> Document(long id, RegisterStore store, ArmsWatchPipeline pipeline, CancellationToken cancel) =>
        store.Document(id) is { } document ? TypedResults.Ok(ArticleDetail.Of(document, pipeline, cancel)) : NotFound($"no document with id {id}");

    private static Results<Ok<FlowSummary>, ProblemHttpResult> Flows([AsParameters] ListingParameters query, RegisterStore store) =>
        Listing(query, (filter, _) => store.Flows(filter));

    private static Results<Ok<T>, ProblemHttpResult> Listing<T>(ListingParameters query, Func<ClaimFilter, Paging, T> list)
    {
        try
        {
            return TypedResults.Ok(list(query.Filter(), query.Paging()));
        }
        catch (FormatException e)
        {
            return BadQuery(e);
        }
    }

    private static ProblemHttpResult BadQuery(FormatException e) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter", detail: e.Message);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}

/// <summary>A deal with one page of its timeline, and the documents that page cites (each once, with its URL and title).</summary>
public sealed record DealPage(
    [property: System.Text.Json.Serialization.JsonPropertyName("deal")] Deal Deal,
    [property: System.Text.Json.Serialization.JsonPropertyName("timeline")] Page<DealMention> Timeline,
    [property: System.Text.Json.Serialization.JsonPropertyName("documents")] IReadOnlyList<DocumentSummary> Documents);
