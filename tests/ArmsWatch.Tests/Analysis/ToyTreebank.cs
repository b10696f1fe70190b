using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

/// <summary>A handful of hand-annotated sentences, small enough to learn perfectly in a fraction of a second.</summary>
internal static class ToyTreebank
{
    public const string Text = """
        # text = Iran bought drones .
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	bought	buy	VERB	VBD	_	0	root	_	_
        3	drones	drone	NOUN	NNS	_	2	obj	_	_
        4	.	.	PUNCT	.	_	2	punct	_	_

        # text = Russia's army wo n't sell tanks to Syria .
        1	Russia	Russia	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	army	army	NOUN	NN	_	6	nsubj	_	_
        4-5	won't	_	_	_	_	_	_	_	_
        4	wo	will	AUX	MD	_	6	aux	_	_
        5	n't	not	PART	RB	_	6	advmod	_	_
        6	sell	sell	VERB	VB	_	0	root	_	_
        7	tanks	tank	NOUN	NNS	_	6	obj	_	_
        8	to	to	ADP	IN	_	9	case	_	_
        9	Syria	Syria	PROPN	NNP	_	6	obl	_	_
        10	.	.	PUNCT	.	_	6	punct	_	_

        # text = The deal was signed on Monday .
        1	The	the	DET	DT	_	2	det	_	_
        2	deal	deal	NOUN	NN	_	4	nsubj:pass	_	_
        3	was	be	AUX	VBD	_	4	aux:pass	_	_
        4	signed	sign	VERB	VBN	_	0	root	_	_
        5	on	on	ADP	IN	_	6	case	_	_
        6	Monday	Monday	PROPN	NNP	_	4	obl	_	_
        6.1	signed	sign	VERB	VBN	_	_	_	_	_
        7	.	.	PUNCT	.	_	4	punct	_	_

        # text = France delivered two frigates and India paid .
        1	France	France	PROPN	NNP	_	2	nsubj	_	_
        2	delivered	deliver	VERB	VBD	_	0	root	_	_
        3	two	two	NUM	CD	_	4	nummod	_	_
        4	frigates	frigate	NOUN	NNS	_	2	obj	_	_
        5	and	and	CCONJ	CC	_	7	cc	_	_
        6	India	India	PROPN	NNP	_	7	nsubj	_	_
        7	paid	pay	VERB	VBD	_	2	conj	_	_
        8	.	.	PUNCT	.	_	2	punct	_	_

        """;

    public static List<ConllSentence> Sentences() => ConllReader.Read(new StringReader(Text), "toy");
}
