namespace ArmsWatch.Register;

/// <summary>What happened when a worker asked for a document by its content hash.</summary>
public enum DocumentTake
{
    /// <summary>This worker holds the document and is to store it (in an outcome: this worker stored it).</summary>
    Taken,

    /// <summary>The register holds a document with this content already.</summary>
    AlreadyStored,

    /// <summary>Another worker is storing it right now.</summary>
    HeldByAnotherWorker,

    /// <summary>Another worker held it when this one came to it, and has stored it since (this one waited to see).</summary>
    StoredByAnotherWorker,
}
