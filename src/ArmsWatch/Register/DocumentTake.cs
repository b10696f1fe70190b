namespace ArmsWatch.Register;

/// <summary>What happened when a worker asked for a document by its content hash.</summary>
public enum DocumentTake
{
    /// <summary>This worker holds the document and is to store it.</summary>
    Taken,

    /// <summary>The register holds a document with this content already.</summary>
    AlreadyStored,

    /// <summary>Another worker is storing it right now.</summary>
    HeldByAnotherWorker,
}
