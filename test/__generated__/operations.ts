/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

export type AuthoritiesConnection = {
  __typename?: 'AuthoritiesConnection';
  aggregate: AuthorityAggregate;
  edges: Array<AuthorityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type Authority = {
  __typename?: 'Authority';
  /** Areas inside this one: a county's districts, a district's parishes come from `parishes`. */
  children: Array<Authority>;
  childrenConnection: AuthorityChildrenConnection;
  /** The current ONS GSS code. */
  code: Scalars['ID']['output'];
  /** Combined authorities this council is a constituent member of. */
  combinedAuthorities: Array<Authority>;
  combinedAuthoritiesConnection: AuthorityCombinedAuthoritiesConnection;
  /** For a combined authority: its constituent councils. */
  constituents: Array<Authority>;
  constituentsConnection: AuthorityConstituentsConnection;
  current: Scalars['Boolean']['output'];
  fireAuthority: Array<Authority>;
  fireAuthorityConnection: AuthorityFireAuthorityConnection;
  fundingPaid: Array<FundingFlow>;
  fundingPaidConnection: AuthorityFundingPaidConnection;
  fundingReceived: Array<FundingFlow>;
  fundingReceivedConnection: AuthorityFundingReceivedConnection;
  name: Scalars['String']['output'];
  officialName?: Maybe<Scalars['String']['output']>;
  /** Other GSS codes the same body has carried (e.g. Barnsley E08000038 in 2025 ONS files). */
  otherCodes: Array<Scalars['String']['output']>;
  parishes: Array<Parish>;
  parishesConnection: AuthorityParishesConnection;
  partnerships: Array<Partnership>;
  partnershipsConnection: AuthorityPartnershipsConnection;
  population?: Maybe<Scalars['Int']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** mySociety register code (e.g. KEN, SEV, GLA). */
  registryCode?: Maybe<Scalars['String']['output']>;
  replaced: Array<Authority>;
  replacedBy: Array<Authority>;
  replacedByConnection: AuthorityReplacedByConnection;
  replacedConnection: AuthorityReplacedConnection;
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: AuthoritySourcesConnection;
  tier: Array<Tier>;
  tierConnection: AuthorityTierConnection;
  /** Register type code: CTY, NMD, UA, MD, LBO, CC, SRA, COMB, FRA. */
  type: Scalars['String']['output'];
  typeName: Scalars['String']['output'];
  unparishedAreas: Array<UnparishedArea>;
  unparishedAreasConnection: AuthorityUnparishedAreasConnection;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  /** The larger area this one lies within: a district's county, a London borough's GLA. */
  within: Array<Authority>;
  withinConnection: AuthorityWithinConnection;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityChildrenArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityChildrenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityChildrenConnectionSort>>;
  where?: InputMaybe<AuthorityChildrenConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityCombinedAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityCombinedAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionSort>>;
  where?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityConstituentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityConstituentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityConstituentsConnectionSort>>;
  where?: InputMaybe<AuthorityConstituentsConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFireAuthorityArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFireAuthorityConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityFireAuthorityConnectionSort>>;
  where?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFundingPaidArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFundingPaidConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityFundingPaidConnectionSort>>;
  where?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFundingReceivedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityFundingReceivedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityFundingReceivedConnectionSort>>;
  where?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityParishesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityParishesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityParishesConnectionSort>>;
  where?: InputMaybe<AuthorityParishesConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityPartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityPartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityPartnershipsConnectionSort>>;
  where?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityReplacedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityReplacedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityReplacedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityReplacedByConnectionSort>>;
  where?: InputMaybe<AuthorityReplacedByConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityReplacedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityReplacedConnectionSort>>;
  where?: InputMaybe<AuthorityReplacedConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthoritySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthoritySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySourcesConnectionSort>>;
  where?: InputMaybe<AuthoritySourcesConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityTierArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityTierConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityTierConnectionSort>>;
  where?: InputMaybe<AuthorityTierConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityUnparishedAreasArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UnparishedAreaSort>>;
  where?: InputMaybe<UnparishedAreaWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityUnparishedAreasConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityUnparishedAreasConnectionSort>>;
  where?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityWithinArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityWithinConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityWithinConnectionSort>>;
  where?: InputMaybe<AuthorityWithinConnectionWhere>;
};

export type AuthorityAggregate = {
  __typename?: 'AuthorityAggregate';
  count: Count;
  node: AuthorityAggregateNode;
};

export type AuthorityAggregateNode = {
  __typename?: 'AuthorityAggregateNode';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityChildrenAggregateSelection = {
  __typename?: 'AuthorityAuthorityChildrenAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityChildrenEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityChildrenNodeAggregateSelection>;
};

export type AuthorityAuthorityChildrenEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityChildrenEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityChildrenNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityChildrenNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityCombinedAuthoritiesAggregateSelection = {
  __typename?: 'AuthorityAuthorityCombinedAuthoritiesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection>;
};

export type AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityConstituentsAggregateSelection = {
  __typename?: 'AuthorityAuthorityConstituentsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityConstituentsEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityConstituentsNodeAggregateSelection>;
};

export type AuthorityAuthorityConstituentsEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityConstituentsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityConstituentsNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityConstituentsNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityFireAuthorityAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthorityAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityFireAuthorityEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityFireAuthorityNodeAggregateSelection>;
};

export type AuthorityAuthorityFireAuthorityEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthorityEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityFireAuthorityNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthorityNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityReplacedAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityReplacedEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityReplacedNodeAggregateSelection>;
};

export type AuthorityAuthorityReplacedByAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityReplacedByEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityReplacedByNodeAggregateSelection>;
};

export type AuthorityAuthorityReplacedByEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedByEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityReplacedByNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedByNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityReplacedEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityReplacedNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityReplacedNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityAuthorityWithinAggregateSelection = {
  __typename?: 'AuthorityAuthorityWithinAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityWithinEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityWithinNodeAggregateSelection>;
};

export type AuthorityAuthorityWithinEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityWithinEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityWithinNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityWithinNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type AuthorityChildrenConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityChildrenConnection = {
  __typename?: 'AuthorityChildrenConnection';
  aggregate: AuthorityAuthorityChildrenAggregateSelection;
  edges: Array<AuthorityChildrenRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityChildrenConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityChildrenConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityChildrenConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityChildrenConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityChildrenNodeAggregationWhereInput>;
};

export type AuthorityChildrenConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityChildrenConnections */
  aggregate?: InputMaybe<AuthorityChildrenConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityChildrenConnections match this filter */
  all?: InputMaybe<AuthorityChildrenConnectionWhere>;
  /** Return Authorities where none of the related AuthorityChildrenConnections match this filter */
  none?: InputMaybe<AuthorityChildrenConnectionWhere>;
  /** Return Authorities where one of the related AuthorityChildrenConnections match this filter */
  single?: InputMaybe<AuthorityChildrenConnectionWhere>;
  /** Return Authorities where some of the related AuthorityChildrenConnections match this filter */
  some?: InputMaybe<AuthorityChildrenConnectionWhere>;
};

export type AuthorityChildrenConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityChildrenConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityChildrenConnectionWhere>>;
  NOT?: InputMaybe<AuthorityChildrenConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityChildrenConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityChildrenDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityChildrenConnectionWhere>;
};

export type AuthorityChildrenNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityChildrenNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityChildrenNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityChildrenNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityChildrenRelationship = {
  __typename?: 'AuthorityChildrenRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type AuthorityCombinedAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityCombinedAuthoritiesConnection = {
  __typename?: 'AuthorityCombinedAuthoritiesConnection';
  aggregate: AuthorityAuthorityCombinedAuthoritiesAggregateSelection;
  edges: Array<AuthorityCombinedAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityCombinedAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityCombinedAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityCombinedAuthoritiesNodeAggregationWhereInput>;
};

export type AuthorityCombinedAuthoritiesConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityCombinedAuthoritiesConnections */
  aggregate?: InputMaybe<AuthorityCombinedAuthoritiesConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityCombinedAuthoritiesConnections match this filter */
  all?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
  /** Return Authorities where none of the related AuthorityCombinedAuthoritiesConnections match this filter */
  none?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
  /** Return Authorities where one of the related AuthorityCombinedAuthoritiesConnections match this filter */
  single?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
  /** Return Authorities where some of the related AuthorityCombinedAuthoritiesConnections match this filter */
  some?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
};

export type AuthorityCombinedAuthoritiesConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityCombinedAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityCombinedAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
};

export type AuthorityCombinedAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityCombinedAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityCombinedAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityCombinedAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityCombinedAuthoritiesRelationship = {
  __typename?: 'AuthorityCombinedAuthoritiesRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type AuthorityConnectInput = {
  children?: InputMaybe<Array<AuthorityChildrenConnectFieldInput>>;
  combinedAuthorities?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectFieldInput>>;
  constituents?: InputMaybe<Array<AuthorityConstituentsConnectFieldInput>>;
  fireAuthority?: InputMaybe<Array<AuthorityFireAuthorityConnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<AuthorityFundingPaidConnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<AuthorityFundingReceivedConnectFieldInput>>;
  parishes?: InputMaybe<Array<AuthorityParishesConnectFieldInput>>;
  partnerships?: InputMaybe<Array<AuthorityPartnershipsConnectFieldInput>>;
  replaced?: InputMaybe<Array<AuthorityReplacedConnectFieldInput>>;
  replacedBy?: InputMaybe<Array<AuthorityReplacedByConnectFieldInput>>;
  sources?: InputMaybe<Array<AuthoritySourcesConnectFieldInput>>;
  tier?: InputMaybe<Array<AuthorityTierConnectFieldInput>>;
  unparishedAreas?: InputMaybe<Array<AuthorityUnparishedAreasConnectFieldInput>>;
  within?: InputMaybe<Array<AuthorityWithinConnectFieldInput>>;
};

export type AuthorityConnectWhere = {
  node: AuthorityWhere;
};

export type AuthorityConstituentsConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityConstituentsConnection = {
  __typename?: 'AuthorityConstituentsConnection';
  aggregate: AuthorityAuthorityConstituentsAggregateSelection;
  edges: Array<AuthorityConstituentsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityConstituentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityConstituentsConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityConstituentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityConstituentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityConstituentsNodeAggregationWhereInput>;
};

export type AuthorityConstituentsConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityConstituentsConnections */
  aggregate?: InputMaybe<AuthorityConstituentsConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityConstituentsConnections match this filter */
  all?: InputMaybe<AuthorityConstituentsConnectionWhere>;
  /** Return Authorities where none of the related AuthorityConstituentsConnections match this filter */
  none?: InputMaybe<AuthorityConstituentsConnectionWhere>;
  /** Return Authorities where one of the related AuthorityConstituentsConnections match this filter */
  single?: InputMaybe<AuthorityConstituentsConnectionWhere>;
  /** Return Authorities where some of the related AuthorityConstituentsConnections match this filter */
  some?: InputMaybe<AuthorityConstituentsConnectionWhere>;
};

export type AuthorityConstituentsConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityConstituentsConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityConstituentsConnectionWhere>>;
  NOT?: InputMaybe<AuthorityConstituentsConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityConstituentsConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityConstituentsDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityConstituentsConnectionWhere>;
};

export type AuthorityConstituentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityConstituentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityConstituentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityConstituentsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityConstituentsRelationship = {
  __typename?: 'AuthorityConstituentsRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type AuthorityDisconnectInput = {
  children?: InputMaybe<Array<AuthorityChildrenDisconnectFieldInput>>;
  combinedAuthorities?: InputMaybe<Array<AuthorityCombinedAuthoritiesDisconnectFieldInput>>;
  constituents?: InputMaybe<Array<AuthorityConstituentsDisconnectFieldInput>>;
  fireAuthority?: InputMaybe<Array<AuthorityFireAuthorityDisconnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<AuthorityFundingPaidDisconnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<AuthorityFundingReceivedDisconnectFieldInput>>;
  parishes?: InputMaybe<Array<AuthorityParishesDisconnectFieldInput>>;
  partnerships?: InputMaybe<Array<AuthorityPartnershipsDisconnectFieldInput>>;
  replaced?: InputMaybe<Array<AuthorityReplacedDisconnectFieldInput>>;
  replacedBy?: InputMaybe<Array<AuthorityReplacedByDisconnectFieldInput>>;
  sources?: InputMaybe<Array<AuthoritySourcesDisconnectFieldInput>>;
  tier?: InputMaybe<Array<AuthorityTierDisconnectFieldInput>>;
  unparishedAreas?: InputMaybe<Array<AuthorityUnparishedAreasDisconnectFieldInput>>;
  within?: InputMaybe<Array<AuthorityWithinDisconnectFieldInput>>;
};

export type AuthorityEdge = {
  __typename?: 'AuthorityEdge';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type AuthorityFireAuthorityConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityFireAuthorityConnection = {
  __typename?: 'AuthorityFireAuthorityConnection';
  aggregate: AuthorityAuthorityFireAuthorityAggregateSelection;
  edges: Array<AuthorityFireAuthorityRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityFireAuthorityConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityFireAuthorityConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityFireAuthorityConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityFireAuthorityConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityFireAuthorityNodeAggregationWhereInput>;
};

export type AuthorityFireAuthorityConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityFireAuthorityConnections */
  aggregate?: InputMaybe<AuthorityFireAuthorityConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityFireAuthorityConnections match this filter */
  all?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
  /** Return Authorities where none of the related AuthorityFireAuthorityConnections match this filter */
  none?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
  /** Return Authorities where one of the related AuthorityFireAuthorityConnections match this filter */
  single?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
  /** Return Authorities where some of the related AuthorityFireAuthorityConnections match this filter */
  some?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
};

export type AuthorityFireAuthorityConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityFireAuthorityConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityFireAuthorityConnectionWhere>>;
  NOT?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityFireAuthorityConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityFireAuthorityDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityFireAuthorityConnectionWhere>;
};

export type AuthorityFireAuthorityNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityFireAuthorityNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityFireAuthorityNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityFireAuthorityNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityFireAuthorityRelationship = {
  __typename?: 'AuthorityFireAuthorityRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type AuthorityFundingFlowFundingPaidAggregateSelection = {
  __typename?: 'AuthorityFundingFlowFundingPaidAggregateSelection';
  count: CountConnection;
  node?: Maybe<AuthorityFundingFlowFundingPaidNodeAggregateSelection>;
};

export type AuthorityFundingFlowFundingPaidNodeAggregateSelection = {
  __typename?: 'AuthorityFundingFlowFundingPaidNodeAggregateSelection';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type AuthorityFundingFlowFundingReceivedAggregateSelection = {
  __typename?: 'AuthorityFundingFlowFundingReceivedAggregateSelection';
  count: CountConnection;
  node?: Maybe<AuthorityFundingFlowFundingReceivedNodeAggregateSelection>;
};

export type AuthorityFundingFlowFundingReceivedNodeAggregateSelection = {
  __typename?: 'AuthorityFundingFlowFundingReceivedNodeAggregateSelection';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type AuthorityFundingPaidConnectFieldInput = {
  connect?: InputMaybe<Array<FundingFlowConnectInput>>;
  where?: InputMaybe<FundingFlowConnectWhere>;
};

export type AuthorityFundingPaidConnection = {
  __typename?: 'AuthorityFundingPaidConnection';
  aggregate: AuthorityFundingFlowFundingPaidAggregateSelection;
  edges: Array<AuthorityFundingPaidRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityFundingPaidConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityFundingPaidConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityFundingPaidConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityFundingPaidConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AuthorityFundingPaidNodeAggregationWhereInput>;
};

export type AuthorityFundingPaidConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityFundingPaidConnections */
  aggregate?: InputMaybe<AuthorityFundingPaidConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityFundingPaidConnections match this filter */
  all?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
  /** Return Authorities where none of the related AuthorityFundingPaidConnections match this filter */
  none?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
  /** Return Authorities where one of the related AuthorityFundingPaidConnections match this filter */
  single?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
  /** Return Authorities where some of the related AuthorityFundingPaidConnections match this filter */
  some?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
};

export type AuthorityFundingPaidConnectionSort = {
  node?: InputMaybe<FundingFlowSort>;
};

export type AuthorityFundingPaidConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityFundingPaidConnectionWhere>>;
  NOT?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityFundingPaidConnectionWhere>>;
  node?: InputMaybe<FundingFlowWhere>;
};

export type AuthorityFundingPaidDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingFlowDisconnectInput>;
  where?: InputMaybe<AuthorityFundingPaidConnectionWhere>;
};

export type AuthorityFundingPaidNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityFundingPaidNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityFundingPaidNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityFundingPaidNodeAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  currency?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  year?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityFundingPaidRelationship = {
  __typename?: 'AuthorityFundingPaidRelationship';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type AuthorityFundingReceivedConnectFieldInput = {
  connect?: InputMaybe<Array<FundingFlowConnectInput>>;
  where?: InputMaybe<FundingFlowConnectWhere>;
};

export type AuthorityFundingReceivedConnection = {
  __typename?: 'AuthorityFundingReceivedConnection';
  aggregate: AuthorityFundingFlowFundingReceivedAggregateSelection;
  edges: Array<AuthorityFundingReceivedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityFundingReceivedConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityFundingReceivedConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityFundingReceivedConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityFundingReceivedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AuthorityFundingReceivedNodeAggregationWhereInput>;
};

export type AuthorityFundingReceivedConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityFundingReceivedConnections */
  aggregate?: InputMaybe<AuthorityFundingReceivedConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityFundingReceivedConnections match this filter */
  all?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
  /** Return Authorities where none of the related AuthorityFundingReceivedConnections match this filter */
  none?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
  /** Return Authorities where one of the related AuthorityFundingReceivedConnections match this filter */
  single?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
  /** Return Authorities where some of the related AuthorityFundingReceivedConnections match this filter */
  some?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
};

export type AuthorityFundingReceivedConnectionSort = {
  node?: InputMaybe<FundingFlowSort>;
};

export type AuthorityFundingReceivedConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityFundingReceivedConnectionWhere>>;
  NOT?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityFundingReceivedConnectionWhere>>;
  node?: InputMaybe<FundingFlowWhere>;
};

export type AuthorityFundingReceivedDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingFlowDisconnectInput>;
  where?: InputMaybe<AuthorityFundingReceivedConnectionWhere>;
};

export type AuthorityFundingReceivedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityFundingReceivedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityFundingReceivedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityFundingReceivedNodeAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  currency?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  year?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityFundingReceivedRelationship = {
  __typename?: 'AuthorityFundingReceivedRelationship';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type AuthorityParishParishesAggregateSelection = {
  __typename?: 'AuthorityParishParishesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityParishParishesEdgeAggregateSelection>;
  node?: Maybe<AuthorityParishParishesNodeAggregateSelection>;
};

export type AuthorityParishParishesEdgeAggregateSelection = {
  __typename?: 'AuthorityParishParishesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityParishParishesNodeAggregateSelection = {
  __typename?: 'AuthorityParishParishesNodeAggregateSelection';
  councilStatus: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AuthorityParishesConnectFieldInput = {
  connect?: InputMaybe<Array<ParishConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<ParishConnectWhere>;
};

export type AuthorityParishesConnection = {
  __typename?: 'AuthorityParishesConnection';
  aggregate: AuthorityParishParishesAggregateSelection;
  edges: Array<AuthorityParishesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityParishesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityParishesConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityParishesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityParishesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityParishesNodeAggregationWhereInput>;
};

export type AuthorityParishesConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityParishesConnections */
  aggregate?: InputMaybe<AuthorityParishesConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityParishesConnections match this filter */
  all?: InputMaybe<AuthorityParishesConnectionWhere>;
  /** Return Authorities where none of the related AuthorityParishesConnections match this filter */
  none?: InputMaybe<AuthorityParishesConnectionWhere>;
  /** Return Authorities where one of the related AuthorityParishesConnections match this filter */
  single?: InputMaybe<AuthorityParishesConnectionWhere>;
  /** Return Authorities where some of the related AuthorityParishesConnections match this filter */
  some?: InputMaybe<AuthorityParishesConnectionWhere>;
};

export type AuthorityParishesConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<ParishSort>;
};

export type AuthorityParishesConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityParishesConnectionWhere>>;
  NOT?: InputMaybe<AuthorityParishesConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityParishesConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<ParishWhere>;
};

export type AuthorityParishesDisconnectFieldInput = {
  disconnect?: InputMaybe<ParishDisconnectInput>;
  where?: InputMaybe<AuthorityParishesConnectionWhere>;
};

export type AuthorityParishesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityParishesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityParishesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityParishesNodeAggregationWhereInput>>;
  councilStatus?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityParishesRelationship = {
  __typename?: 'AuthorityParishesRelationship';
  cursor: Scalars['String']['output'];
  node: Parish;
  properties: Dated;
};

export type AuthorityPartnershipPartnershipsAggregateSelection = {
  __typename?: 'AuthorityPartnershipPartnershipsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityPartnershipPartnershipsEdgeAggregateSelection>;
  node?: Maybe<AuthorityPartnershipPartnershipsNodeAggregateSelection>;
};

export type AuthorityPartnershipPartnershipsEdgeAggregateSelection = {
  __typename?: 'AuthorityPartnershipPartnershipsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  role: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityPartnershipPartnershipsNodeAggregateSelection = {
  __typename?: 'AuthorityPartnershipPartnershipsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type AuthorityPartnershipsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type AuthorityPartnershipsConnection = {
  __typename?: 'AuthorityPartnershipsConnection';
  aggregate: AuthorityPartnershipPartnershipsAggregateSelection;
  edges: Array<AuthorityPartnershipsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityPartnershipsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityPartnershipsConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityPartnershipsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityPartnershipsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  node?: InputMaybe<AuthorityPartnershipsNodeAggregationWhereInput>;
};

export type AuthorityPartnershipsConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityPartnershipsConnections */
  aggregate?: InputMaybe<AuthorityPartnershipsConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityPartnershipsConnections match this filter */
  all?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
  /** Return Authorities where none of the related AuthorityPartnershipsConnections match this filter */
  none?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
  /** Return Authorities where one of the related AuthorityPartnershipsConnections match this filter */
  single?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
  /** Return Authorities where some of the related AuthorityPartnershipsConnections match this filter */
  some?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
};

export type AuthorityPartnershipsConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type AuthorityPartnershipsConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityPartnershipsConnectionWhere>>;
  NOT?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityPartnershipsConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type AuthorityPartnershipsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<AuthorityPartnershipsConnectionWhere>;
};

export type AuthorityPartnershipsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityPartnershipsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityPartnershipsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityPartnershipsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityPartnershipsRelationship = {
  __typename?: 'AuthorityPartnershipsRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Membership;
};

export type AuthorityRelationshipFilters = {
  /** Filter type where all of the related Authorities match this filter */
  all?: InputMaybe<AuthorityWhere>;
  /** Filter type where none of the related Authorities match this filter */
  none?: InputMaybe<AuthorityWhere>;
  /** Filter type where one of the related Authorities match this filter */
  single?: InputMaybe<AuthorityWhere>;
  /** Filter type where some of the related Authorities match this filter */
  some?: InputMaybe<AuthorityWhere>;
};

export type AuthorityReplacedByConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityReplacedByConnection = {
  __typename?: 'AuthorityReplacedByConnection';
  aggregate: AuthorityAuthorityReplacedByAggregateSelection;
  edges: Array<AuthorityReplacedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityReplacedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityReplacedByConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityReplacedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityReplacedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityReplacedByNodeAggregationWhereInput>;
};

export type AuthorityReplacedByConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityReplacedByConnections */
  aggregate?: InputMaybe<AuthorityReplacedByConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityReplacedByConnections match this filter */
  all?: InputMaybe<AuthorityReplacedByConnectionWhere>;
  /** Return Authorities where none of the related AuthorityReplacedByConnections match this filter */
  none?: InputMaybe<AuthorityReplacedByConnectionWhere>;
  /** Return Authorities where one of the related AuthorityReplacedByConnections match this filter */
  single?: InputMaybe<AuthorityReplacedByConnectionWhere>;
  /** Return Authorities where some of the related AuthorityReplacedByConnections match this filter */
  some?: InputMaybe<AuthorityReplacedByConnectionWhere>;
};

export type AuthorityReplacedByConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityReplacedByConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityReplacedByConnectionWhere>>;
  NOT?: InputMaybe<AuthorityReplacedByConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityReplacedByConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityReplacedByDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityReplacedByConnectionWhere>;
};

export type AuthorityReplacedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityReplacedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityReplacedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityReplacedByNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityReplacedByRelationship = {
  __typename?: 'AuthorityReplacedByRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type AuthorityReplacedConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityReplacedConnection = {
  __typename?: 'AuthorityReplacedConnection';
  aggregate: AuthorityAuthorityReplacedAggregateSelection;
  edges: Array<AuthorityReplacedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityReplacedConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityReplacedConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityReplacedConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityReplacedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityReplacedNodeAggregationWhereInput>;
};

export type AuthorityReplacedConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityReplacedConnections */
  aggregate?: InputMaybe<AuthorityReplacedConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityReplacedConnections match this filter */
  all?: InputMaybe<AuthorityReplacedConnectionWhere>;
  /** Return Authorities where none of the related AuthorityReplacedConnections match this filter */
  none?: InputMaybe<AuthorityReplacedConnectionWhere>;
  /** Return Authorities where one of the related AuthorityReplacedConnections match this filter */
  single?: InputMaybe<AuthorityReplacedConnectionWhere>;
  /** Return Authorities where some of the related AuthorityReplacedConnections match this filter */
  some?: InputMaybe<AuthorityReplacedConnectionWhere>;
};

export type AuthorityReplacedConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityReplacedConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityReplacedConnectionWhere>>;
  NOT?: InputMaybe<AuthorityReplacedConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityReplacedConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityReplacedDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityReplacedConnectionWhere>;
};

export type AuthorityReplacedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityReplacedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityReplacedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityReplacedNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityReplacedRelationship = {
  __typename?: 'AuthorityReplacedRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

/** What one authority (or parish) is responsible for on a date, grouped by basis. */
export type AuthorityServices = {
  __typename?: 'AuthorityServices';
  authority: BodyRef;
  groups: Array<ServiceGroup>;
  on: Scalars['Date']['output'];
  tiers: Array<Scalars['String']['output']>;
};

/** Fields to sort Authorities by. The order in which sorts are applied is not guaranteed when specifying many fields in one AuthoritySort object. */
export type AuthoritySort = {
  code?: InputMaybe<SortDirection>;
  current?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  officialName?: InputMaybe<SortDirection>;
  population?: InputMaybe<SortDirection>;
  region?: InputMaybe<SortDirection>;
  registryCode?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
  typeName?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type AuthoritySourceSourcesAggregateSelection = {
  __typename?: 'AuthoritySourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthoritySourceSourcesEdgeAggregateSelection>;
  node?: Maybe<AuthoritySourceSourcesNodeAggregateSelection>;
};

export type AuthoritySourceSourcesEdgeAggregateSelection = {
  __typename?: 'AuthoritySourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type AuthoritySourceSourcesNodeAggregateSelection = {
  __typename?: 'AuthoritySourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type AuthoritySourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type AuthoritySourcesConnection = {
  __typename?: 'AuthoritySourcesConnection';
  aggregate: AuthoritySourceSourcesAggregateSelection;
  edges: Array<AuthoritySourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthoritySourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthoritySourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthoritySourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthoritySourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<AuthoritySourcesNodeAggregationWhereInput>;
};

export type AuthoritySourcesConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthoritySourcesConnections */
  aggregate?: InputMaybe<AuthoritySourcesConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthoritySourcesConnections match this filter */
  all?: InputMaybe<AuthoritySourcesConnectionWhere>;
  /** Return Authorities where none of the related AuthoritySourcesConnections match this filter */
  none?: InputMaybe<AuthoritySourcesConnectionWhere>;
  /** Return Authorities where one of the related AuthoritySourcesConnections match this filter */
  single?: InputMaybe<AuthoritySourcesConnectionWhere>;
  /** Return Authorities where some of the related AuthoritySourcesConnections match this filter */
  some?: InputMaybe<AuthoritySourcesConnectionWhere>;
};

export type AuthoritySourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type AuthoritySourcesConnectionWhere = {
  AND?: InputMaybe<Array<AuthoritySourcesConnectionWhere>>;
  NOT?: InputMaybe<AuthoritySourcesConnectionWhere>;
  OR?: InputMaybe<Array<AuthoritySourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type AuthoritySourcesDisconnectFieldInput = {
  where?: InputMaybe<AuthoritySourcesConnectionWhere>;
};

export type AuthoritySourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthoritySourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthoritySourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthoritySourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthoritySourcesRelationship = {
  __typename?: 'AuthoritySourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type AuthorityTierConnectFieldInput = {
  connect?: InputMaybe<Array<TierConnectInput>>;
  where?: InputMaybe<TierConnectWhere>;
};

export type AuthorityTierConnection = {
  __typename?: 'AuthorityTierConnection';
  aggregate: AuthorityTierTierAggregateSelection;
  edges: Array<AuthorityTierRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityTierConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityTierConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityTierConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityTierConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AuthorityTierNodeAggregationWhereInput>;
};

export type AuthorityTierConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityTierConnections */
  aggregate?: InputMaybe<AuthorityTierConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityTierConnections match this filter */
  all?: InputMaybe<AuthorityTierConnectionWhere>;
  /** Return Authorities where none of the related AuthorityTierConnections match this filter */
  none?: InputMaybe<AuthorityTierConnectionWhere>;
  /** Return Authorities where one of the related AuthorityTierConnections match this filter */
  single?: InputMaybe<AuthorityTierConnectionWhere>;
  /** Return Authorities where some of the related AuthorityTierConnections match this filter */
  some?: InputMaybe<AuthorityTierConnectionWhere>;
};

export type AuthorityTierConnectionSort = {
  node?: InputMaybe<TierSort>;
};

export type AuthorityTierConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityTierConnectionWhere>>;
  NOT?: InputMaybe<AuthorityTierConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityTierConnectionWhere>>;
  node?: InputMaybe<TierWhere>;
};

export type AuthorityTierDisconnectFieldInput = {
  disconnect?: InputMaybe<TierDisconnectInput>;
  where?: InputMaybe<AuthorityTierConnectionWhere>;
};

export type AuthorityTierNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityTierNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityTierNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityTierNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityTierRelationship = {
  __typename?: 'AuthorityTierRelationship';
  cursor: Scalars['String']['output'];
  node: Tier;
};

export type AuthorityTierTierAggregateSelection = {
  __typename?: 'AuthorityTierTierAggregateSelection';
  count: CountConnection;
  node?: Maybe<AuthorityTierTierNodeAggregateSelection>;
};

export type AuthorityTierTierNodeAggregateSelection = {
  __typename?: 'AuthorityTierTierNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AuthorityUnparishedAreaUnparishedAreasAggregateSelection = {
  __typename?: 'AuthorityUnparishedAreaUnparishedAreasAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection>;
  node?: Maybe<AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection>;
};

export type AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection = {
  __typename?: 'AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection = {
  __typename?: 'AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type AuthorityUnparishedAreasConnectFieldInput = {
  connect?: InputMaybe<Array<UnparishedAreaConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<UnparishedAreaConnectWhere>;
};

export type AuthorityUnparishedAreasConnection = {
  __typename?: 'AuthorityUnparishedAreasConnection';
  aggregate: AuthorityUnparishedAreaUnparishedAreasAggregateSelection;
  edges: Array<AuthorityUnparishedAreasRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityUnparishedAreasConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityUnparishedAreasConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityUnparishedAreasConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityUnparishedAreasConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityUnparishedAreasNodeAggregationWhereInput>;
};

export type AuthorityUnparishedAreasConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityUnparishedAreasConnections */
  aggregate?: InputMaybe<AuthorityUnparishedAreasConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityUnparishedAreasConnections match this filter */
  all?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
  /** Return Authorities where none of the related AuthorityUnparishedAreasConnections match this filter */
  none?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
  /** Return Authorities where one of the related AuthorityUnparishedAreasConnections match this filter */
  single?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
  /** Return Authorities where some of the related AuthorityUnparishedAreasConnections match this filter */
  some?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
};

export type AuthorityUnparishedAreasConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<UnparishedAreaSort>;
};

export type AuthorityUnparishedAreasConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityUnparishedAreasConnectionWhere>>;
  NOT?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityUnparishedAreasConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<UnparishedAreaWhere>;
};

export type AuthorityUnparishedAreasDisconnectFieldInput = {
  disconnect?: InputMaybe<UnparishedAreaDisconnectInput>;
  where?: InputMaybe<AuthorityUnparishedAreasConnectionWhere>;
};

export type AuthorityUnparishedAreasNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityUnparishedAreasNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityUnparishedAreasNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityUnparishedAreasNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityUnparishedAreasRelationship = {
  __typename?: 'AuthorityUnparishedAreasRelationship';
  cursor: Scalars['String']['output'];
  node: UnparishedArea;
  properties: Dated;
};

export type AuthorityWhere = {
  AND?: InputMaybe<Array<AuthorityWhere>>;
  NOT?: InputMaybe<AuthorityWhere>;
  OR?: InputMaybe<Array<AuthorityWhere>>;
  children?: InputMaybe<AuthorityRelationshipFilters>;
  childrenConnection?: InputMaybe<AuthorityChildrenConnectionFilters>;
  code?: InputMaybe<IdScalarFilters>;
  combinedAuthorities?: InputMaybe<AuthorityRelationshipFilters>;
  combinedAuthoritiesConnection?: InputMaybe<AuthorityCombinedAuthoritiesConnectionFilters>;
  constituents?: InputMaybe<AuthorityRelationshipFilters>;
  constituentsConnection?: InputMaybe<AuthorityConstituentsConnectionFilters>;
  current?: InputMaybe<BooleanScalarFilters>;
  fireAuthority?: InputMaybe<AuthorityRelationshipFilters>;
  fireAuthorityConnection?: InputMaybe<AuthorityFireAuthorityConnectionFilters>;
  fundingPaid?: InputMaybe<FundingFlowRelationshipFilters>;
  fundingPaidConnection?: InputMaybe<AuthorityFundingPaidConnectionFilters>;
  fundingReceived?: InputMaybe<FundingFlowRelationshipFilters>;
  fundingReceivedConnection?: InputMaybe<AuthorityFundingReceivedConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  officialName?: InputMaybe<StringScalarFilters>;
  otherCodes?: InputMaybe<StringListFilters>;
  parishes?: InputMaybe<ParishRelationshipFilters>;
  parishesConnection?: InputMaybe<AuthorityParishesConnectionFilters>;
  partnerships?: InputMaybe<PartnershipRelationshipFilters>;
  partnershipsConnection?: InputMaybe<AuthorityPartnershipsConnectionFilters>;
  population?: InputMaybe<IntScalarFilters>;
  region?: InputMaybe<StringScalarFilters>;
  registryCode?: InputMaybe<StringScalarFilters>;
  replaced?: InputMaybe<AuthorityRelationshipFilters>;
  replacedBy?: InputMaybe<AuthorityRelationshipFilters>;
  replacedByConnection?: InputMaybe<AuthorityReplacedByConnectionFilters>;
  replacedConnection?: InputMaybe<AuthorityReplacedConnectionFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<AuthoritySourcesConnectionFilters>;
  tier?: InputMaybe<TierRelationshipFilters>;
  tierConnection?: InputMaybe<AuthorityTierConnectionFilters>;
  type?: InputMaybe<StringScalarFilters>;
  typeName?: InputMaybe<StringScalarFilters>;
  unparishedAreas?: InputMaybe<UnparishedAreaRelationshipFilters>;
  unparishedAreasConnection?: InputMaybe<AuthorityUnparishedAreasConnectionFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
  within?: InputMaybe<AuthorityRelationshipFilters>;
  withinConnection?: InputMaybe<AuthorityWithinConnectionFilters>;
};

export type AuthorityWithinConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityWithinConnection = {
  __typename?: 'AuthorityWithinConnection';
  aggregate: AuthorityAuthorityWithinAggregateSelection;
  edges: Array<AuthorityWithinRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityWithinConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityWithinConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityWithinConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityWithinConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityWithinNodeAggregationWhereInput>;
};

export type AuthorityWithinConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityWithinConnections */
  aggregate?: InputMaybe<AuthorityWithinConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityWithinConnections match this filter */
  all?: InputMaybe<AuthorityWithinConnectionWhere>;
  /** Return Authorities where none of the related AuthorityWithinConnections match this filter */
  none?: InputMaybe<AuthorityWithinConnectionWhere>;
  /** Return Authorities where one of the related AuthorityWithinConnections match this filter */
  single?: InputMaybe<AuthorityWithinConnectionWhere>;
  /** Return Authorities where some of the related AuthorityWithinConnections match this filter */
  some?: InputMaybe<AuthorityWithinConnectionWhere>;
};

export type AuthorityWithinConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityWithinConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityWithinConnectionWhere>>;
  NOT?: InputMaybe<AuthorityWithinConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityWithinConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityWithinDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityWithinConnectionWhere>;
};

export type AuthorityWithinNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityWithinNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityWithinNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityWithinNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityWithinRelationship = {
  __typename?: 'AuthorityWithinRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

/** A body that answers for a service: a council, a parish, a combined authority, a functional body. */
export type BodyRef = {
  __typename?: 'BodyRef';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Register type (CTY, NMD, UA, MD, LBO, CC, SRA, COMB), PARISH, or an organisation's kind. */
  type: Scalars['String']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A partnership a broader body could subsume, with its score and the reasons. */
export type Candidate = {
  __typename?: 'Candidate';
  areaInside: Array<BodyRef>;
  areaOutside: Array<BodyRef>;
  /** Share of the candidate's area (at district level) inside the broader body's area. */
  areaScore: Scalars['Float']['output'];
  /** What stands in the way (a statutory partnership can be merged or aligned, not abolished). */
  blockers: Array<Scalars['String']['output']>;
  canAbolish: Scalars['Boolean']['output'];
  /** Share of the candidate's members that sit on the broader body; null when its membership is not recorded. */
  memberScore?: Maybe<Scalars['Float']['output']>;
  missingMembers: Array<BodyRef>;
  missingThemes: Array<Scalars['String']['output']>;
  /** Components left out of the score because the data does not record them. */
  notRecorded: Array<Scalars['String']['output']>;
  partnership: PartnershipRef;
  /** subsume, align or merge (statutory), partial: straddles the boundary, consider aligning, outside the area */
  recommendation: Scalars['String']['output'];
  /** Weighted mean of the components the data has (README: Partnership analysis). */
  score: Scalars['Float']['output'];
  sharedMembers: Array<BodyRef>;
  sharedThemes: Array<Scalars['String']['output']>;
  /** Share of the candidate's themes and services within the broader body's remit; null when none are recorded. */
  themeScore?: Maybe<Scalars['Float']['output']>;
};

/**
 * The edge properties for the following fields:
 * * FundingFlow.sources
 * * Partnership.sources
 * * Organisation.sources
 * * Authority.sources
 * * Parish.sources
 * * UnparishedArea.sources
 */
export type Citation = {
  __typename?: 'Citation';
  cite?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
};

export type CitationAggregationWhereInput = {
  AND?: InputMaybe<Array<CitationAggregationWhereInput>>;
  NOT?: InputMaybe<CitationAggregationWhereInput>;
  OR?: InputMaybe<Array<CitationAggregationWhereInput>>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  quote?: InputMaybe<StringScalarAggregationFilters>;
};

export type CitationCreateInput = {
  cite?: InputMaybe<Scalars['String']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
};

export type CitationSort = {
  cite?: InputMaybe<SortDirection>;
  quote?: InputMaybe<SortDirection>;
};

export type CitationWhere = {
  AND?: InputMaybe<Array<CitationWhere>>;
  NOT?: InputMaybe<CitationWhere>;
  OR?: InputMaybe<Array<CitationWhere>>;
  cite?: InputMaybe<StringScalarFilters>;
  quote?: InputMaybe<StringScalarFilters>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

export type CreateNotesMutationResponse = {
  __typename?: 'CreateNotesMutationResponse';
  info: CreateInfo;
  notes: Array<Note>;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  set?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * The edge properties for the following fields:
 * * Partnership.covers
 * * Partnership.parent
 * * Partnership.subGroups
 * * Partnership.replacedBy
 * * Organisation.delivers
 * * Authority.within
 * * Authority.children
 * * Authority.parishes
 * * Authority.unparishedAreas
 * * Authority.replacedBy
 * * Authority.replaced
 * * Authority.combinedAuthorities
 * * Authority.constituents
 * * Authority.fireAuthority
 * * Parish.within
 * * UnparishedArea.within
 * * Service.deliveredBy
 */
export type Dated = {
  __typename?: 'Dated';
  /** Paragraph, row or note within the source. */
  cite?: Maybe<Scalars['String']['output']>;
  /** Id of the Source this fact comes from. */
  source: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type DatedAggregationWhereInput = {
  AND?: InputMaybe<Array<DatedAggregationWhereInput>>;
  NOT?: InputMaybe<DatedAggregationWhereInput>;
  OR?: InputMaybe<Array<DatedAggregationWhereInput>>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type DatedCreateInput = {
  cite?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type DatedSort = {
  cite?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type DatedWhere = {
  AND?: InputMaybe<Array<DatedWhere>>;
  NOT?: InputMaybe<DatedWhere>;
  OR?: InputMaybe<Array<DatedWhere>>;
  cite?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

export type FlowRow = {
  __typename?: 'FlowRow';
  amount?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  from?: Maybe<BodyRef>;
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** Source ids. */
  sources: Array<Scalars['String']['output']>;
  stream?: Maybe<FundingStreamRef>;
  to?: Maybe<BodyRef>;
  year?: Maybe<Scalars['String']['output']>;
};

/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlow = {
  __typename?: 'FundingFlow';
  /** In pounds; null when the source names the flow but states no amount. */
  amount?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  fromAuthority: Array<Authority>;
  fromAuthorityConnection: FundingFlowFromAuthorityConnection;
  fromOrganisation: Array<Organisation>;
  fromOrganisationConnection: FundingFlowFromOrganisationConnection;
  id: Scalars['ID']['output'];
  /** allocation, income, total, pooled, devolved or proposed */
  kind: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: FundingFlowSourcesConnection;
  stream: Array<FundingStream>;
  streamConnection: FundingFlowStreamConnection;
  toAuthority: Array<Authority>;
  toAuthorityConnection: FundingFlowToAuthorityConnection;
  toOrganisation: Array<Organisation>;
  toOrganisationConnection: FundingFlowToOrganisationConnection;
  toPartnership: Array<Partnership>;
  toPartnershipConnection: FundingFlowToPartnershipConnection;
  /** Financial year, e.g. 2019-20; null when the source gives none. */
  year?: Maybe<Scalars['String']['output']>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromAuthorityArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromAuthorityConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowFromAuthorityConnectionSort>>;
  where?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromOrganisationArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromOrganisationConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowFromOrganisationConnectionSort>>;
  where?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSourcesConnectionSort>>;
  where?: InputMaybe<FundingFlowSourcesConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowStreamArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingStreamSort>>;
  where?: InputMaybe<FundingStreamWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowStreamConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowStreamConnectionSort>>;
  where?: InputMaybe<FundingFlowStreamConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToAuthorityArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToAuthorityConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToAuthorityConnectionSort>>;
  where?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToOrganisationArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToOrganisationConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToOrganisationConnectionSort>>;
  where?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToPartnershipArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToPartnershipConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToPartnershipConnectionSort>>;
  where?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
};

export type FundingFlowAggregate = {
  __typename?: 'FundingFlowAggregate';
  count: Count;
  node: FundingFlowAggregateNode;
};

export type FundingFlowAggregateNode = {
  __typename?: 'FundingFlowAggregateNode';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type FundingFlowAuthorityFromAuthorityAggregateSelection = {
  __typename?: 'FundingFlowAuthorityFromAuthorityAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowAuthorityFromAuthorityNodeAggregateSelection>;
};

export type FundingFlowAuthorityFromAuthorityNodeAggregateSelection = {
  __typename?: 'FundingFlowAuthorityFromAuthorityNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type FundingFlowAuthorityToAuthorityAggregateSelection = {
  __typename?: 'FundingFlowAuthorityToAuthorityAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowAuthorityToAuthorityNodeAggregateSelection>;
};

export type FundingFlowAuthorityToAuthorityNodeAggregateSelection = {
  __typename?: 'FundingFlowAuthorityToAuthorityNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type FundingFlowConnectInput = {
  fromAuthority?: InputMaybe<Array<FundingFlowFromAuthorityConnectFieldInput>>;
  fromOrganisation?: InputMaybe<Array<FundingFlowFromOrganisationConnectFieldInput>>;
  sources?: InputMaybe<Array<FundingFlowSourcesConnectFieldInput>>;
  stream?: InputMaybe<Array<FundingFlowStreamConnectFieldInput>>;
  toAuthority?: InputMaybe<Array<FundingFlowToAuthorityConnectFieldInput>>;
  toOrganisation?: InputMaybe<Array<FundingFlowToOrganisationConnectFieldInput>>;
  toPartnership?: InputMaybe<Array<FundingFlowToPartnershipConnectFieldInput>>;
};

export type FundingFlowConnectWhere = {
  node: FundingFlowWhere;
};

export type FundingFlowDisconnectInput = {
  fromAuthority?: InputMaybe<Array<FundingFlowFromAuthorityDisconnectFieldInput>>;
  fromOrganisation?: InputMaybe<Array<FundingFlowFromOrganisationDisconnectFieldInput>>;
  sources?: InputMaybe<Array<FundingFlowSourcesDisconnectFieldInput>>;
  stream?: InputMaybe<Array<FundingFlowStreamDisconnectFieldInput>>;
  toAuthority?: InputMaybe<Array<FundingFlowToAuthorityDisconnectFieldInput>>;
  toOrganisation?: InputMaybe<Array<FundingFlowToOrganisationDisconnectFieldInput>>;
  toPartnership?: InputMaybe<Array<FundingFlowToPartnershipDisconnectFieldInput>>;
};

export type FundingFlowEdge = {
  __typename?: 'FundingFlowEdge';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type FundingFlowFromAuthorityConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type FundingFlowFromAuthorityConnection = {
  __typename?: 'FundingFlowFromAuthorityConnection';
  aggregate: FundingFlowAuthorityFromAuthorityAggregateSelection;
  edges: Array<FundingFlowFromAuthorityRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowFromAuthorityConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowFromAuthorityConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowFromAuthorityConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowFromAuthorityConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowFromAuthorityNodeAggregationWhereInput>;
};

export type FundingFlowFromAuthorityConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowFromAuthorityConnections */
  aggregate?: InputMaybe<FundingFlowFromAuthorityConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowFromAuthorityConnections match this filter */
  all?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowFromAuthorityConnections match this filter */
  none?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowFromAuthorityConnections match this filter */
  single?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowFromAuthorityConnections match this filter */
  some?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
};

export type FundingFlowFromAuthorityConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type FundingFlowFromAuthorityConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowFromAuthorityConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowFromAuthorityConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type FundingFlowFromAuthorityDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<FundingFlowFromAuthorityConnectionWhere>;
};

export type FundingFlowFromAuthorityNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowFromAuthorityNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowFromAuthorityNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowFromAuthorityNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowFromAuthorityRelationship = {
  __typename?: 'FundingFlowFromAuthorityRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type FundingFlowFromOrganisationConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type FundingFlowFromOrganisationConnection = {
  __typename?: 'FundingFlowFromOrganisationConnection';
  aggregate: FundingFlowOrganisationFromOrganisationAggregateSelection;
  edges: Array<FundingFlowFromOrganisationRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowFromOrganisationConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowFromOrganisationNodeAggregationWhereInput>;
};

export type FundingFlowFromOrganisationConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowFromOrganisationConnections */
  aggregate?: InputMaybe<FundingFlowFromOrganisationConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowFromOrganisationConnections match this filter */
  all?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowFromOrganisationConnections match this filter */
  none?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowFromOrganisationConnections match this filter */
  single?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowFromOrganisationConnections match this filter */
  some?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
};

export type FundingFlowFromOrganisationConnectionSort = {
  node?: InputMaybe<OrganisationSort>;
};

export type FundingFlowFromOrganisationConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationConnectionWhere>>;
  node?: InputMaybe<OrganisationWhere>;
};

export type FundingFlowFromOrganisationDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<FundingFlowFromOrganisationConnectionWhere>;
};

export type FundingFlowFromOrganisationNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowFromOrganisationRelationship = {
  __typename?: 'FundingFlowFromOrganisationRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type FundingFlowFundingStreamStreamAggregateSelection = {
  __typename?: 'FundingFlowFundingStreamStreamAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowFundingStreamStreamNodeAggregateSelection>;
};

export type FundingFlowFundingStreamStreamNodeAggregateSelection = {
  __typename?: 'FundingFlowFundingStreamStreamNodeAggregateSelection';
  description: StringAggregateSelection;
  lowerTierShare: FloatAggregateSelection;
  name: StringAggregateSelection;
  upperTierShare: FloatAggregateSelection;
};

export type FundingFlowOrganisationFromOrganisationAggregateSelection = {
  __typename?: 'FundingFlowOrganisationFromOrganisationAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowOrganisationFromOrganisationNodeAggregateSelection>;
};

export type FundingFlowOrganisationFromOrganisationNodeAggregateSelection = {
  __typename?: 'FundingFlowOrganisationFromOrganisationNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type FundingFlowOrganisationToOrganisationAggregateSelection = {
  __typename?: 'FundingFlowOrganisationToOrganisationAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowOrganisationToOrganisationNodeAggregateSelection>;
};

export type FundingFlowOrganisationToOrganisationNodeAggregateSelection = {
  __typename?: 'FundingFlowOrganisationToOrganisationNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type FundingFlowPartnershipToPartnershipAggregateSelection = {
  __typename?: 'FundingFlowPartnershipToPartnershipAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowPartnershipToPartnershipNodeAggregateSelection>;
};

export type FundingFlowPartnershipToPartnershipNodeAggregateSelection = {
  __typename?: 'FundingFlowPartnershipToPartnershipNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type FundingFlowRelationshipFilters = {
  /** Filter type where all of the related FundingFlows match this filter */
  all?: InputMaybe<FundingFlowWhere>;
  /** Filter type where none of the related FundingFlows match this filter */
  none?: InputMaybe<FundingFlowWhere>;
  /** Filter type where one of the related FundingFlows match this filter */
  single?: InputMaybe<FundingFlowWhere>;
  /** Filter type where some of the related FundingFlows match this filter */
  some?: InputMaybe<FundingFlowWhere>;
};

/** Fields to sort FundingFlows by. The order in which sorts are applied is not guaranteed when specifying many fields in one FundingFlowSort object. */
export type FundingFlowSort = {
  amount?: InputMaybe<SortDirection>;
  currency?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  year?: InputMaybe<SortDirection>;
};

export type FundingFlowSourceSourcesAggregateSelection = {
  __typename?: 'FundingFlowSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<FundingFlowSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<FundingFlowSourceSourcesNodeAggregateSelection>;
};

export type FundingFlowSourceSourcesEdgeAggregateSelection = {
  __typename?: 'FundingFlowSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type FundingFlowSourceSourcesNodeAggregateSelection = {
  __typename?: 'FundingFlowSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type FundingFlowSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type FundingFlowSourcesConnection = {
  __typename?: 'FundingFlowSourcesConnection';
  aggregate: FundingFlowSourceSourcesAggregateSelection;
  edges: Array<FundingFlowSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<FundingFlowSourcesNodeAggregationWhereInput>;
};

export type FundingFlowSourcesConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowSourcesConnections */
  aggregate?: InputMaybe<FundingFlowSourcesConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowSourcesConnections match this filter */
  all?: InputMaybe<FundingFlowSourcesConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowSourcesConnections match this filter */
  none?: InputMaybe<FundingFlowSourcesConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowSourcesConnections match this filter */
  single?: InputMaybe<FundingFlowSourcesConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowSourcesConnections match this filter */
  some?: InputMaybe<FundingFlowSourcesConnectionWhere>;
};

export type FundingFlowSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type FundingFlowSourcesConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowSourcesConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowSourcesConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type FundingFlowSourcesDisconnectFieldInput = {
  where?: InputMaybe<FundingFlowSourcesConnectionWhere>;
};

export type FundingFlowSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowSourcesRelationship = {
  __typename?: 'FundingFlowSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type FundingFlowStreamConnectFieldInput = {
  connect?: InputMaybe<Array<FundingStreamConnectInput>>;
  where?: InputMaybe<FundingStreamConnectWhere>;
};

export type FundingFlowStreamConnection = {
  __typename?: 'FundingFlowStreamConnection';
  aggregate: FundingFlowFundingStreamStreamAggregateSelection;
  edges: Array<FundingFlowStreamRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowStreamConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowStreamConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowStreamConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowStreamConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowStreamNodeAggregationWhereInput>;
};

export type FundingFlowStreamConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowStreamConnections */
  aggregate?: InputMaybe<FundingFlowStreamConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowStreamConnections match this filter */
  all?: InputMaybe<FundingFlowStreamConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowStreamConnections match this filter */
  none?: InputMaybe<FundingFlowStreamConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowStreamConnections match this filter */
  single?: InputMaybe<FundingFlowStreamConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowStreamConnections match this filter */
  some?: InputMaybe<FundingFlowStreamConnectionWhere>;
};

export type FundingFlowStreamConnectionSort = {
  node?: InputMaybe<FundingStreamSort>;
};

export type FundingFlowStreamConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowStreamConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowStreamConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowStreamConnectionWhere>>;
  node?: InputMaybe<FundingStreamWhere>;
};

export type FundingFlowStreamDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingStreamDisconnectInput>;
  where?: InputMaybe<FundingFlowStreamConnectionWhere>;
};

export type FundingFlowStreamNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowStreamNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowStreamNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowStreamNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  lowerTierShare?: InputMaybe<FloatScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  upperTierShare?: InputMaybe<FloatScalarAggregationFilters>;
};

export type FundingFlowStreamRelationship = {
  __typename?: 'FundingFlowStreamRelationship';
  cursor: Scalars['String']['output'];
  node: FundingStream;
};

export type FundingFlowToAuthorityConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type FundingFlowToAuthorityConnection = {
  __typename?: 'FundingFlowToAuthorityConnection';
  aggregate: FundingFlowAuthorityToAuthorityAggregateSelection;
  edges: Array<FundingFlowToAuthorityRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToAuthorityConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToAuthorityConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToAuthorityConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToAuthorityConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToAuthorityNodeAggregationWhereInput>;
};

export type FundingFlowToAuthorityConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToAuthorityConnections */
  aggregate?: InputMaybe<FundingFlowToAuthorityConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToAuthorityConnections match this filter */
  all?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToAuthorityConnections match this filter */
  none?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToAuthorityConnections match this filter */
  single?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToAuthorityConnections match this filter */
  some?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
};

export type FundingFlowToAuthorityConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type FundingFlowToAuthorityConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToAuthorityConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToAuthorityConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type FundingFlowToAuthorityDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<FundingFlowToAuthorityConnectionWhere>;
};

export type FundingFlowToAuthorityNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToAuthorityNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToAuthorityNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToAuthorityNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToAuthorityRelationship = {
  __typename?: 'FundingFlowToAuthorityRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type FundingFlowToOrganisationConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type FundingFlowToOrganisationConnection = {
  __typename?: 'FundingFlowToOrganisationConnection';
  aggregate: FundingFlowOrganisationToOrganisationAggregateSelection;
  edges: Array<FundingFlowToOrganisationRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToOrganisationConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToOrganisationConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToOrganisationNodeAggregationWhereInput>;
};

export type FundingFlowToOrganisationConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToOrganisationConnections */
  aggregate?: InputMaybe<FundingFlowToOrganisationConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToOrganisationConnections match this filter */
  all?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToOrganisationConnections match this filter */
  none?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToOrganisationConnections match this filter */
  single?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToOrganisationConnections match this filter */
  some?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
};

export type FundingFlowToOrganisationConnectionSort = {
  node?: InputMaybe<OrganisationSort>;
};

export type FundingFlowToOrganisationConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationConnectionWhere>>;
  node?: InputMaybe<OrganisationWhere>;
};

export type FundingFlowToOrganisationDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<FundingFlowToOrganisationConnectionWhere>;
};

export type FundingFlowToOrganisationNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToOrganisationNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToOrganisationRelationship = {
  __typename?: 'FundingFlowToOrganisationRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type FundingFlowToPartnershipConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type FundingFlowToPartnershipConnection = {
  __typename?: 'FundingFlowToPartnershipConnection';
  aggregate: FundingFlowPartnershipToPartnershipAggregateSelection;
  edges: Array<FundingFlowToPartnershipRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToPartnershipConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToPartnershipConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToPartnershipNodeAggregationWhereInput>;
};

export type FundingFlowToPartnershipConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToPartnershipConnections */
  aggregate?: InputMaybe<FundingFlowToPartnershipConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToPartnershipConnections match this filter */
  all?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToPartnershipConnections match this filter */
  none?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToPartnershipConnections match this filter */
  single?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToPartnershipConnections match this filter */
  some?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
};

export type FundingFlowToPartnershipConnectionSort = {
  node?: InputMaybe<PartnershipSort>;
};

export type FundingFlowToPartnershipConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipConnectionWhere>>;
  node?: InputMaybe<PartnershipWhere>;
};

export type FundingFlowToPartnershipDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<FundingFlowToPartnershipConnectionWhere>;
};

export type FundingFlowToPartnershipNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToPartnershipNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToPartnershipRelationship = {
  __typename?: 'FundingFlowToPartnershipRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

export type FundingFlowWhere = {
  AND?: InputMaybe<Array<FundingFlowWhere>>;
  NOT?: InputMaybe<FundingFlowWhere>;
  OR?: InputMaybe<Array<FundingFlowWhere>>;
  amount?: InputMaybe<FloatScalarFilters>;
  currency?: InputMaybe<StringScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  fromAuthority?: InputMaybe<AuthorityRelationshipFilters>;
  fromAuthorityConnection?: InputMaybe<FundingFlowFromAuthorityConnectionFilters>;
  fromOrganisation?: InputMaybe<OrganisationRelationshipFilters>;
  fromOrganisationConnection?: InputMaybe<FundingFlowFromOrganisationConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<FundingFlowSourcesConnectionFilters>;
  stream?: InputMaybe<FundingStreamRelationshipFilters>;
  streamConnection?: InputMaybe<FundingFlowStreamConnectionFilters>;
  toAuthority?: InputMaybe<AuthorityRelationshipFilters>;
  toAuthorityConnection?: InputMaybe<FundingFlowToAuthorityConnectionFilters>;
  toOrganisation?: InputMaybe<OrganisationRelationshipFilters>;
  toOrganisationConnection?: InputMaybe<FundingFlowToOrganisationConnectionFilters>;
  toPartnership?: InputMaybe<PartnershipRelationshipFilters>;
  toPartnershipConnection?: InputMaybe<FundingFlowToPartnershipConnectionFilters>;
  year?: InputMaybe<StringScalarFilters>;
};

export type FundingFlows = {
  __typename?: 'FundingFlows';
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  flows: Array<FlowRow>;
  /** Sum of the stated amounts, in pounds. */
  total: Scalars['Float']['output'];
  /** Flows that name no amount (e.g. a paper's proposed pooled budget). */
  withoutAmount: Scalars['Int']['output'];
};

export type FundingFlowsConnection = {
  __typename?: 'FundingFlowsConnection';
  aggregate: FundingFlowAggregate;
  edges: Array<FundingFlowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A kind of money: New Homes Bonus, council tax, Settlement Funding Assessment... */
export type FundingStream = {
  __typename?: 'FundingStream';
  description?: Maybe<Scalars['String']['output']>;
  flows: Array<FundingFlow>;
  flowsConnection: FundingStreamFlowsConnection;
  id: Scalars['ID']['output'];
  /** In two-tier areas, the lower tier's share of the stream (New Homes Bonus: 0.8), where a source sets one. */
  lowerTierShare?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  /** In two-tier areas, the upper tier's share (New Homes Bonus: 0.2). */
  upperTierShare?: Maybe<Scalars['Float']['output']>;
};


/** A kind of money: New Homes Bonus, council tax, Settlement Funding Assessment... */
export type FundingStreamFlowsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


/** A kind of money: New Homes Bonus, council tax, Settlement Funding Assessment... */
export type FundingStreamFlowsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingStreamFlowsConnectionSort>>;
  where?: InputMaybe<FundingStreamFlowsConnectionWhere>;
};

export type FundingStreamAggregate = {
  __typename?: 'FundingStreamAggregate';
  count: Count;
  node: FundingStreamAggregateNode;
};

export type FundingStreamAggregateNode = {
  __typename?: 'FundingStreamAggregateNode';
  description: StringAggregateSelection;
  lowerTierShare: FloatAggregateSelection;
  name: StringAggregateSelection;
  upperTierShare: FloatAggregateSelection;
};

export type FundingStreamConnectInput = {
  flows?: InputMaybe<Array<FundingStreamFlowsConnectFieldInput>>;
};

export type FundingStreamConnectWhere = {
  node: FundingStreamWhere;
};

export type FundingStreamDisconnectInput = {
  flows?: InputMaybe<Array<FundingStreamFlowsDisconnectFieldInput>>;
};

export type FundingStreamEdge = {
  __typename?: 'FundingStreamEdge';
  cursor: Scalars['String']['output'];
  node: FundingStream;
};

export type FundingStreamFlowsConnectFieldInput = {
  connect?: InputMaybe<Array<FundingFlowConnectInput>>;
  where?: InputMaybe<FundingFlowConnectWhere>;
};

export type FundingStreamFlowsConnection = {
  __typename?: 'FundingStreamFlowsConnection';
  aggregate: FundingStreamFundingFlowFlowsAggregateSelection;
  edges: Array<FundingStreamFlowsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingStreamFlowsConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingStreamFlowsConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingStreamFlowsConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingStreamFlowsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingStreamFlowsNodeAggregationWhereInput>;
};

export type FundingStreamFlowsConnectionFilters = {
  /** Filter FundingStreams by aggregating results on related FundingStreamFlowsConnections */
  aggregate?: InputMaybe<FundingStreamFlowsConnectionAggregateInput>;
  /** Return FundingStreams where all of the related FundingStreamFlowsConnections match this filter */
  all?: InputMaybe<FundingStreamFlowsConnectionWhere>;
  /** Return FundingStreams where none of the related FundingStreamFlowsConnections match this filter */
  none?: InputMaybe<FundingStreamFlowsConnectionWhere>;
  /** Return FundingStreams where one of the related FundingStreamFlowsConnections match this filter */
  single?: InputMaybe<FundingStreamFlowsConnectionWhere>;
  /** Return FundingStreams where some of the related FundingStreamFlowsConnections match this filter */
  some?: InputMaybe<FundingStreamFlowsConnectionWhere>;
};

export type FundingStreamFlowsConnectionSort = {
  node?: InputMaybe<FundingFlowSort>;
};

export type FundingStreamFlowsConnectionWhere = {
  AND?: InputMaybe<Array<FundingStreamFlowsConnectionWhere>>;
  NOT?: InputMaybe<FundingStreamFlowsConnectionWhere>;
  OR?: InputMaybe<Array<FundingStreamFlowsConnectionWhere>>;
  node?: InputMaybe<FundingFlowWhere>;
};

export type FundingStreamFlowsDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingFlowDisconnectInput>;
  where?: InputMaybe<FundingStreamFlowsConnectionWhere>;
};

export type FundingStreamFlowsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingStreamFlowsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingStreamFlowsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingStreamFlowsNodeAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  currency?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  year?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingStreamFlowsRelationship = {
  __typename?: 'FundingStreamFlowsRelationship';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type FundingStreamFundingFlowFlowsAggregateSelection = {
  __typename?: 'FundingStreamFundingFlowFlowsAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingStreamFundingFlowFlowsNodeAggregateSelection>;
};

export type FundingStreamFundingFlowFlowsNodeAggregateSelection = {
  __typename?: 'FundingStreamFundingFlowFlowsNodeAggregateSelection';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type FundingStreamRef = {
  __typename?: 'FundingStreamRef';
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type FundingStreamRelationshipFilters = {
  /** Filter type where all of the related FundingStreams match this filter */
  all?: InputMaybe<FundingStreamWhere>;
  /** Filter type where none of the related FundingStreams match this filter */
  none?: InputMaybe<FundingStreamWhere>;
  /** Filter type where one of the related FundingStreams match this filter */
  single?: InputMaybe<FundingStreamWhere>;
  /** Filter type where some of the related FundingStreams match this filter */
  some?: InputMaybe<FundingStreamWhere>;
};

/** Fields to sort FundingStreams by. The order in which sorts are applied is not guaranteed when specifying many fields in one FundingStreamSort object. */
export type FundingStreamSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  lowerTierShare?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  upperTierShare?: InputMaybe<SortDirection>;
};

export type FundingStreamWhere = {
  AND?: InputMaybe<Array<FundingStreamWhere>>;
  NOT?: InputMaybe<FundingStreamWhere>;
  OR?: InputMaybe<Array<FundingStreamWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  flows?: InputMaybe<FundingFlowRelationshipFilters>;
  flowsConnection?: InputMaybe<FundingStreamFlowsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  lowerTierShare?: InputMaybe<FloatScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  upperTierShare?: InputMaybe<FloatScalarFilters>;
};

export type FundingStreamsConnection = {
  __typename?: 'FundingStreamsConnection';
  aggregate: FundingStreamAggregate;
  edges: Array<FundingStreamEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingSummary = {
  __typename?: 'FundingSummary';
  area: BodyRef;
  byTierAndStream: Array<TierStreamTotal>;
  currency: Scalars['String']['output'];
  /** Everything the datasets hold for the area's bodies in the year. */
  datasetTotal: Scalars['Float']['output'];
  lowerTierBodies: Scalars['Int']['output'];
  /** Totals a paper gives for the area (e.g. the £8bn public-sector spend in Kent), with the source. */
  statedTotals: Array<StatedTotal>;
  twoTierSplits: Array<TwoTierSplit>;
  year: Scalars['String']['output'];
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** A body that can be a member of a partnership. */
export type Member = Authority | Organisation | Partnership;

export type MemberRelationshipFilters = {
  /** Filter type where all of the related Members match this filter */
  all?: InputMaybe<MemberWhere>;
  /** Filter type where none of the related Members match this filter */
  none?: InputMaybe<MemberWhere>;
  /** Filter type where one of the related Members match this filter */
  single?: InputMaybe<MemberWhere>;
  /** Filter type where some of the related Members match this filter */
  some?: InputMaybe<MemberWhere>;
};

export type MemberWhere = {
  Authority?: InputMaybe<AuthorityWhere>;
  Organisation?: InputMaybe<OrganisationWhere>;
  Partnership?: InputMaybe<PartnershipWhere>;
};

/**
 * The edge properties for the following fields:
 * * Partnership.members
 * * Partnership.memberOf
 * * Organisation.partnerships
 * * Authority.partnerships
 */
export type Membership = {
  __typename?: 'Membership';
  cite?: Maybe<Scalars['String']['output']>;
  /** chair, member, adviser, signatory or lead */
  role: Scalars['String']['output'];
  source: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type MembershipAggregationWhereInput = {
  AND?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  NOT?: InputMaybe<MembershipAggregationWhereInput>;
  OR?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  role?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type MembershipCreateInput = {
  cite?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type MembershipSort = {
  cite?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type MembershipWhere = {
  AND?: InputMaybe<Array<MembershipWhere>>;
  NOT?: InputMaybe<MembershipWhere>;
  OR?: InputMaybe<Array<MembershipWhere>>;
  cite?: InputMaybe<StringScalarFilters>;
  role?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a note about one thing in the graph, named by its code or id: a GSS code (E07000111),
   * an LGSL code (524) or a partnership id. Needs an editor's token. NOT_FOUND when nothing has
   * that code.
   */
  annotate: Note;
  createNotes: CreateNotesMutationResponse;
  deleteNotes: DeleteInfo;
  updateNotes: UpdateNotesMutationResponse;
};


export type MutationAnnotateArgs = {
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationCreateNotesArgs = {
  input: Array<NoteCreateInput>;
};


export type MutationDeleteNotesArgs = {
  where?: InputMaybe<NoteWhere>;
};


export type MutationUpdateNotesArgs = {
  update?: InputMaybe<NoteUpdateInput>;
  where?: InputMaybe<NoteWhere>;
};

/** A node on a path: a place, a body, a tier or a service. */
export type NodeRef = {
  __typename?: 'NodeRef';
  /** GSS code, tier code, LGSL code or id. */
  code: Scalars['String']['output'];
  /** Authority, Parish, UnparishedArea, Tier, Service, Organisation... */
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type Note = {
  __typename?: 'Note';
  authorities: Array<Authority>;
  authoritiesConnection: NoteAuthoritiesConnection;
  createdAt: Scalars['DateTime']['output'];
  /** The `sub` of the editor's token. */
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  parishes: Array<Parish>;
  parishesConnection: NoteParishesConnection;
  partnerships: Array<Partnership>;
  partnershipsConnection: NotePartnershipsConnection;
  services: Array<Service>;
  servicesConnection: NoteServicesConnection;
  text: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteAuthoritiesConnectionSort>>;
  where?: InputMaybe<NoteAuthoritiesConnectionWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteParishesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteParishesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteParishesConnectionSort>>;
  where?: InputMaybe<NoteParishesConnectionWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NotePartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NotePartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NotePartnershipsConnectionSort>>;
  where?: InputMaybe<NotePartnershipsConnectionWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/**
 * An editor's note about an authority, parish, partnership or service: a correction to report,
 * a caveat, a link to a newer paper. Notes are public to read; only editors write them, and the
 * note records who (the token's `sub`) and when.
 */
export type NoteServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteServicesConnectionSort>>;
  where?: InputMaybe<NoteServicesConnectionWhere>;
};

export type NoteAggregate = {
  __typename?: 'NoteAggregate';
  count: Count;
  node: NoteAggregateNode;
};

export type NoteAggregateNode = {
  __typename?: 'NoteAggregateNode';
  createdAt: DateTimeAggregateSelection;
  createdBy: StringAggregateSelection;
  text: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
};

export type NoteAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type NoteAuthoritiesConnection = {
  __typename?: 'NoteAuthoritiesConnection';
  aggregate: NoteAuthorityAuthoritiesAggregateSelection;
  edges: Array<NoteAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NoteAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<NoteAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NoteAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NoteAuthoritiesNodeAggregationWhereInput>;
};

export type NoteAuthoritiesConnectionFilters = {
  /** Filter Notes by aggregating results on related NoteAuthoritiesConnections */
  aggregate?: InputMaybe<NoteAuthoritiesConnectionAggregateInput>;
  /** Return Notes where all of the related NoteAuthoritiesConnections match this filter */
  all?: InputMaybe<NoteAuthoritiesConnectionWhere>;
  /** Return Notes where none of the related NoteAuthoritiesConnections match this filter */
  none?: InputMaybe<NoteAuthoritiesConnectionWhere>;
  /** Return Notes where one of the related NoteAuthoritiesConnections match this filter */
  single?: InputMaybe<NoteAuthoritiesConnectionWhere>;
  /** Return Notes where some of the related NoteAuthoritiesConnections match this filter */
  some?: InputMaybe<NoteAuthoritiesConnectionWhere>;
};

export type NoteAuthoritiesConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type NoteAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<NoteAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<NoteAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<NoteAuthoritiesConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type NoteAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<NoteAuthoritiesConnectionWhere>;
};

export type NoteAuthoritiesFieldInput = {
  connect?: InputMaybe<Array<NoteAuthoritiesConnectFieldInput>>;
};

export type NoteAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NoteAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NoteAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NoteAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type NoteAuthoritiesRelationship = {
  __typename?: 'NoteAuthoritiesRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type NoteAuthoritiesUpdateFieldInput = {
  connect?: InputMaybe<Array<NoteAuthoritiesConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NoteAuthoritiesDisconnectFieldInput>>;
};

export type NoteAuthorityAuthoritiesAggregateSelection = {
  __typename?: 'NoteAuthorityAuthoritiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NoteAuthorityAuthoritiesNodeAggregateSelection>;
};

export type NoteAuthorityAuthoritiesNodeAggregateSelection = {
  __typename?: 'NoteAuthorityAuthoritiesNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type NoteCreateInput = {
  authorities?: InputMaybe<NoteAuthoritiesFieldInput>;
  parishes?: InputMaybe<NoteParishesFieldInput>;
  partnerships?: InputMaybe<NotePartnershipsFieldInput>;
  services?: InputMaybe<NoteServicesFieldInput>;
  text: Scalars['String']['input'];
  updatedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

export type NoteParishParishesAggregateSelection = {
  __typename?: 'NoteParishParishesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NoteParishParishesNodeAggregateSelection>;
};

export type NoteParishParishesNodeAggregateSelection = {
  __typename?: 'NoteParishParishesNodeAggregateSelection';
  councilStatus: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NoteParishesConnectFieldInput = {
  connect?: InputMaybe<Array<ParishConnectInput>>;
  where?: InputMaybe<ParishConnectWhere>;
};

export type NoteParishesConnection = {
  __typename?: 'NoteParishesConnection';
  aggregate: NoteParishParishesAggregateSelection;
  edges: Array<NoteParishesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteParishesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NoteParishesConnectionAggregateInput>>;
  NOT?: InputMaybe<NoteParishesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NoteParishesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NoteParishesNodeAggregationWhereInput>;
};

export type NoteParishesConnectionFilters = {
  /** Filter Notes by aggregating results on related NoteParishesConnections */
  aggregate?: InputMaybe<NoteParishesConnectionAggregateInput>;
  /** Return Notes where all of the related NoteParishesConnections match this filter */
  all?: InputMaybe<NoteParishesConnectionWhere>;
  /** Return Notes where none of the related NoteParishesConnections match this filter */
  none?: InputMaybe<NoteParishesConnectionWhere>;
  /** Return Notes where one of the related NoteParishesConnections match this filter */
  single?: InputMaybe<NoteParishesConnectionWhere>;
  /** Return Notes where some of the related NoteParishesConnections match this filter */
  some?: InputMaybe<NoteParishesConnectionWhere>;
};

export type NoteParishesConnectionSort = {
  node?: InputMaybe<ParishSort>;
};

export type NoteParishesConnectionWhere = {
  AND?: InputMaybe<Array<NoteParishesConnectionWhere>>;
  NOT?: InputMaybe<NoteParishesConnectionWhere>;
  OR?: InputMaybe<Array<NoteParishesConnectionWhere>>;
  node?: InputMaybe<ParishWhere>;
};

export type NoteParishesDisconnectFieldInput = {
  disconnect?: InputMaybe<ParishDisconnectInput>;
  where?: InputMaybe<NoteParishesConnectionWhere>;
};

export type NoteParishesFieldInput = {
  connect?: InputMaybe<Array<NoteParishesConnectFieldInput>>;
};

export type NoteParishesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NoteParishesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NoteParishesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NoteParishesNodeAggregationWhereInput>>;
  councilStatus?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NoteParishesRelationship = {
  __typename?: 'NoteParishesRelationship';
  cursor: Scalars['String']['output'];
  node: Parish;
};

export type NoteParishesUpdateFieldInput = {
  connect?: InputMaybe<Array<NoteParishesConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NoteParishesDisconnectFieldInput>>;
};

export type NotePartnershipPartnershipsAggregateSelection = {
  __typename?: 'NotePartnershipPartnershipsAggregateSelection';
  count: CountConnection;
  node?: Maybe<NotePartnershipPartnershipsNodeAggregateSelection>;
};

export type NotePartnershipPartnershipsNodeAggregateSelection = {
  __typename?: 'NotePartnershipPartnershipsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type NotePartnershipsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type NotePartnershipsConnection = {
  __typename?: 'NotePartnershipsConnection';
  aggregate: NotePartnershipPartnershipsAggregateSelection;
  edges: Array<NotePartnershipsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotePartnershipsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NotePartnershipsConnectionAggregateInput>>;
  NOT?: InputMaybe<NotePartnershipsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NotePartnershipsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NotePartnershipsNodeAggregationWhereInput>;
};

export type NotePartnershipsConnectionFilters = {
  /** Filter Notes by aggregating results on related NotePartnershipsConnections */
  aggregate?: InputMaybe<NotePartnershipsConnectionAggregateInput>;
  /** Return Notes where all of the related NotePartnershipsConnections match this filter */
  all?: InputMaybe<NotePartnershipsConnectionWhere>;
  /** Return Notes where none of the related NotePartnershipsConnections match this filter */
  none?: InputMaybe<NotePartnershipsConnectionWhere>;
  /** Return Notes where one of the related NotePartnershipsConnections match this filter */
  single?: InputMaybe<NotePartnershipsConnectionWhere>;
  /** Return Notes where some of the related NotePartnershipsConnections match this filter */
  some?: InputMaybe<NotePartnershipsConnectionWhere>;
};

export type NotePartnershipsConnectionSort = {
  node?: InputMaybe<PartnershipSort>;
};

export type NotePartnershipsConnectionWhere = {
  AND?: InputMaybe<Array<NotePartnershipsConnectionWhere>>;
  NOT?: InputMaybe<NotePartnershipsConnectionWhere>;
  OR?: InputMaybe<Array<NotePartnershipsConnectionWhere>>;
  node?: InputMaybe<PartnershipWhere>;
};

export type NotePartnershipsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<NotePartnershipsConnectionWhere>;
};

export type NotePartnershipsFieldInput = {
  connect?: InputMaybe<Array<NotePartnershipsConnectFieldInput>>;
};

export type NotePartnershipsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NotePartnershipsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NotePartnershipsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NotePartnershipsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type NotePartnershipsRelationship = {
  __typename?: 'NotePartnershipsRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

export type NotePartnershipsUpdateFieldInput = {
  connect?: InputMaybe<Array<NotePartnershipsConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NotePartnershipsDisconnectFieldInput>>;
};

export type NoteServiceServicesAggregateSelection = {
  __typename?: 'NoteServiceServicesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NoteServiceServicesNodeAggregateSelection>;
};

export type NoteServiceServicesNodeAggregateSelection = {
  __typename?: 'NoteServiceServicesNodeAggregateSelection';
  esdLabel: StringAggregateSelection;
  esdStatus: StringAggregateSelection;
  govukDescription: StringAggregateSelection;
  name: StringAggregateSelection;
  providingTier: StringAggregateSelection;
};

export type NoteServicesConnectFieldInput = {
  connect?: InputMaybe<Array<ServiceConnectInput>>;
  where?: InputMaybe<ServiceConnectWhere>;
};

export type NoteServicesConnection = {
  __typename?: 'NoteServicesConnection';
  aggregate: NoteServiceServicesAggregateSelection;
  edges: Array<NoteServicesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteServicesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NoteServicesConnectionAggregateInput>>;
  NOT?: InputMaybe<NoteServicesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NoteServicesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NoteServicesNodeAggregationWhereInput>;
};

export type NoteServicesConnectionFilters = {
  /** Filter Notes by aggregating results on related NoteServicesConnections */
  aggregate?: InputMaybe<NoteServicesConnectionAggregateInput>;
  /** Return Notes where all of the related NoteServicesConnections match this filter */
  all?: InputMaybe<NoteServicesConnectionWhere>;
  /** Return Notes where none of the related NoteServicesConnections match this filter */
  none?: InputMaybe<NoteServicesConnectionWhere>;
  /** Return Notes where one of the related NoteServicesConnections match this filter */
  single?: InputMaybe<NoteServicesConnectionWhere>;
  /** Return Notes where some of the related NoteServicesConnections match this filter */
  some?: InputMaybe<NoteServicesConnectionWhere>;
};

export type NoteServicesConnectionSort = {
  node?: InputMaybe<ServiceSort>;
};

export type NoteServicesConnectionWhere = {
  AND?: InputMaybe<Array<NoteServicesConnectionWhere>>;
  NOT?: InputMaybe<NoteServicesConnectionWhere>;
  OR?: InputMaybe<Array<NoteServicesConnectionWhere>>;
  node?: InputMaybe<ServiceWhere>;
};

export type NoteServicesDisconnectFieldInput = {
  disconnect?: InputMaybe<ServiceDisconnectInput>;
  where?: InputMaybe<NoteServicesConnectionWhere>;
};

export type NoteServicesFieldInput = {
  connect?: InputMaybe<Array<NoteServicesConnectFieldInput>>;
};

export type NoteServicesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NoteServicesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NoteServicesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NoteServicesNodeAggregationWhereInput>>;
  esdLabel?: InputMaybe<StringScalarAggregationFilters>;
  esdStatus?: InputMaybe<StringScalarAggregationFilters>;
  govukDescription?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  providingTier?: InputMaybe<StringScalarAggregationFilters>;
};

export type NoteServicesRelationship = {
  __typename?: 'NoteServicesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type NoteServicesUpdateFieldInput = {
  connect?: InputMaybe<Array<NoteServicesConnectFieldInput>>;
  disconnect?: InputMaybe<Array<NoteServicesDisconnectFieldInput>>;
};

/** Fields to sort Notes by. The order in which sorts are applied is not guaranteed when specifying many fields in one NoteSort object. */
export type NoteSort = {
  createdAt?: InputMaybe<SortDirection>;
  createdBy?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
};

export type NoteUpdateInput = {
  authorities?: InputMaybe<Array<NoteAuthoritiesUpdateFieldInput>>;
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  createdBy?: InputMaybe<StringScalarMutations>;
  parishes?: InputMaybe<Array<NoteParishesUpdateFieldInput>>;
  partnerships?: InputMaybe<Array<NotePartnershipsUpdateFieldInput>>;
  services?: InputMaybe<Array<NoteServicesUpdateFieldInput>>;
  text?: InputMaybe<StringScalarMutations>;
};

export type NoteWhere = {
  AND?: InputMaybe<Array<NoteWhere>>;
  NOT?: InputMaybe<NoteWhere>;
  OR?: InputMaybe<Array<NoteWhere>>;
  authorities?: InputMaybe<AuthorityRelationshipFilters>;
  authoritiesConnection?: InputMaybe<NoteAuthoritiesConnectionFilters>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  createdBy?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  parishes?: InputMaybe<ParishRelationshipFilters>;
  parishesConnection?: InputMaybe<NoteParishesConnectionFilters>;
  partnerships?: InputMaybe<PartnershipRelationshipFilters>;
  partnershipsConnection?: InputMaybe<NotePartnershipsConnectionFilters>;
  services?: InputMaybe<ServiceRelationshipFilters>;
  servicesConnection?: InputMaybe<NoteServicesConnectionFilters>;
  text?: InputMaybe<StringScalarFilters>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
};

export type NotesConnection = {
  __typename?: 'NotesConnection';
  aggregate: NoteAggregate;
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A public body that is not a council: a government department, police force, NHS body. */
export type Organisation = {
  __typename?: 'Organisation';
  delivers: Array<Service>;
  deliversConnection: OrganisationDeliversConnection;
  fundingPaid: Array<FundingFlow>;
  fundingPaidConnection: OrganisationFundingPaidConnection;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  partnerships: Array<Partnership>;
  partnershipsConnection: OrganisationPartnershipsConnection;
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: OrganisationSourcesConnection;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationDeliversArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationDeliversConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationDeliversConnectionSort>>;
  where?: InputMaybe<OrganisationDeliversConnectionWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationFundingPaidArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationFundingPaidConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationFundingPaidConnectionSort>>;
  where?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationPartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationPartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationPartnershipsConnectionSort>>;
  where?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** A public body that is not a council: a government department, police force, NHS body. */
export type OrganisationSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSourcesConnectionSort>>;
  where?: InputMaybe<OrganisationSourcesConnectionWhere>;
};

export type OrganisationAggregate = {
  __typename?: 'OrganisationAggregate';
  count: Count;
  node: OrganisationAggregateNode;
};

export type OrganisationAggregateNode = {
  __typename?: 'OrganisationAggregateNode';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationConnectInput = {
  delivers?: InputMaybe<Array<OrganisationDeliversConnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<OrganisationFundingPaidConnectFieldInput>>;
  partnerships?: InputMaybe<Array<OrganisationPartnershipsConnectFieldInput>>;
  sources?: InputMaybe<Array<OrganisationSourcesConnectFieldInput>>;
};

export type OrganisationConnectWhere = {
  node: OrganisationWhere;
};

export type OrganisationDeliversConnectFieldInput = {
  connect?: InputMaybe<Array<ServiceConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<ServiceConnectWhere>;
};

export type OrganisationDeliversConnection = {
  __typename?: 'OrganisationDeliversConnection';
  aggregate: OrganisationServiceDeliversAggregateSelection;
  edges: Array<OrganisationDeliversRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationDeliversConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationDeliversConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationDeliversConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationDeliversConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<OrganisationDeliversNodeAggregationWhereInput>;
};

export type OrganisationDeliversConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationDeliversConnections */
  aggregate?: InputMaybe<OrganisationDeliversConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationDeliversConnections match this filter */
  all?: InputMaybe<OrganisationDeliversConnectionWhere>;
  /** Return Organisations where none of the related OrganisationDeliversConnections match this filter */
  none?: InputMaybe<OrganisationDeliversConnectionWhere>;
  /** Return Organisations where one of the related OrganisationDeliversConnections match this filter */
  single?: InputMaybe<OrganisationDeliversConnectionWhere>;
  /** Return Organisations where some of the related OrganisationDeliversConnections match this filter */
  some?: InputMaybe<OrganisationDeliversConnectionWhere>;
};

export type OrganisationDeliversConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<ServiceSort>;
};

export type OrganisationDeliversConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationDeliversConnectionWhere>>;
  NOT?: InputMaybe<OrganisationDeliversConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationDeliversConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type OrganisationDeliversDisconnectFieldInput = {
  disconnect?: InputMaybe<ServiceDisconnectInput>;
  where?: InputMaybe<OrganisationDeliversConnectionWhere>;
};

export type OrganisationDeliversNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationDeliversNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationDeliversNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationDeliversNodeAggregationWhereInput>>;
  esdLabel?: InputMaybe<StringScalarAggregationFilters>;
  esdStatus?: InputMaybe<StringScalarAggregationFilters>;
  govukDescription?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  providingTier?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationDeliversRelationship = {
  __typename?: 'OrganisationDeliversRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
  properties: Dated;
};

export type OrganisationDisconnectInput = {
  delivers?: InputMaybe<Array<OrganisationDeliversDisconnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<OrganisationFundingPaidDisconnectFieldInput>>;
  partnerships?: InputMaybe<Array<OrganisationPartnershipsDisconnectFieldInput>>;
  sources?: InputMaybe<Array<OrganisationSourcesDisconnectFieldInput>>;
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationFundingFlowFundingPaidAggregateSelection = {
  __typename?: 'OrganisationFundingFlowFundingPaidAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrganisationFundingFlowFundingPaidNodeAggregateSelection>;
};

export type OrganisationFundingFlowFundingPaidNodeAggregateSelection = {
  __typename?: 'OrganisationFundingFlowFundingPaidNodeAggregateSelection';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type OrganisationFundingPaidConnectFieldInput = {
  connect?: InputMaybe<Array<FundingFlowConnectInput>>;
  where?: InputMaybe<FundingFlowConnectWhere>;
};

export type OrganisationFundingPaidConnection = {
  __typename?: 'OrganisationFundingPaidConnection';
  aggregate: OrganisationFundingFlowFundingPaidAggregateSelection;
  edges: Array<OrganisationFundingPaidRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationFundingPaidConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationFundingPaidConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationFundingPaidConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationFundingPaidConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrganisationFundingPaidNodeAggregationWhereInput>;
};

export type OrganisationFundingPaidConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFundingPaidConnections */
  aggregate?: InputMaybe<OrganisationFundingPaidConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationFundingPaidConnections match this filter */
  all?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
  /** Return Organisations where none of the related OrganisationFundingPaidConnections match this filter */
  none?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
  /** Return Organisations where one of the related OrganisationFundingPaidConnections match this filter */
  single?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
  /** Return Organisations where some of the related OrganisationFundingPaidConnections match this filter */
  some?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
};

export type OrganisationFundingPaidConnectionSort = {
  node?: InputMaybe<FundingFlowSort>;
};

export type OrganisationFundingPaidConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationFundingPaidConnectionWhere>>;
  NOT?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationFundingPaidConnectionWhere>>;
  node?: InputMaybe<FundingFlowWhere>;
};

export type OrganisationFundingPaidDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingFlowDisconnectInput>;
  where?: InputMaybe<OrganisationFundingPaidConnectionWhere>;
};

export type OrganisationFundingPaidNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationFundingPaidNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationFundingPaidNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationFundingPaidNodeAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  currency?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  year?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationFundingPaidRelationship = {
  __typename?: 'OrganisationFundingPaidRelationship';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type OrganisationPartnershipPartnershipsAggregateSelection = {
  __typename?: 'OrganisationPartnershipPartnershipsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPartnershipPartnershipsEdgeAggregateSelection>;
  node?: Maybe<OrganisationPartnershipPartnershipsNodeAggregateSelection>;
};

export type OrganisationPartnershipPartnershipsEdgeAggregateSelection = {
  __typename?: 'OrganisationPartnershipPartnershipsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  role: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type OrganisationPartnershipPartnershipsNodeAggregateSelection = {
  __typename?: 'OrganisationPartnershipPartnershipsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type OrganisationPartnershipsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type OrganisationPartnershipsConnection = {
  __typename?: 'OrganisationPartnershipsConnection';
  aggregate: OrganisationPartnershipPartnershipsAggregateSelection;
  edges: Array<OrganisationPartnershipsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationPartnershipsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationPartnershipsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationPartnershipsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationPartnershipsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  node?: InputMaybe<OrganisationPartnershipsNodeAggregationWhereInput>;
};

export type OrganisationPartnershipsConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPartnershipsConnections */
  aggregate?: InputMaybe<OrganisationPartnershipsConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationPartnershipsConnections match this filter */
  all?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
  /** Return Organisations where none of the related OrganisationPartnershipsConnections match this filter */
  none?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
  /** Return Organisations where one of the related OrganisationPartnershipsConnections match this filter */
  single?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
  /** Return Organisations where some of the related OrganisationPartnershipsConnections match this filter */
  some?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
};

export type OrganisationPartnershipsConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type OrganisationPartnershipsConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationPartnershipsConnectionWhere>>;
  NOT?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationPartnershipsConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type OrganisationPartnershipsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<OrganisationPartnershipsConnectionWhere>;
};

export type OrganisationPartnershipsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationPartnershipsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationPartnershipsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationPartnershipsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationPartnershipsRelationship = {
  __typename?: 'OrganisationPartnershipsRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Membership;
};

export type OrganisationRelationshipFilters = {
  /** Filter type where all of the related Organisations match this filter */
  all?: InputMaybe<OrganisationWhere>;
  /** Filter type where none of the related Organisations match this filter */
  none?: InputMaybe<OrganisationWhere>;
  /** Filter type where one of the related Organisations match this filter */
  single?: InputMaybe<OrganisationWhere>;
  /** Filter type where some of the related Organisations match this filter */
  some?: InputMaybe<OrganisationWhere>;
};

export type OrganisationServiceDeliversAggregateSelection = {
  __typename?: 'OrganisationServiceDeliversAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationServiceDeliversEdgeAggregateSelection>;
  node?: Maybe<OrganisationServiceDeliversNodeAggregateSelection>;
};

export type OrganisationServiceDeliversEdgeAggregateSelection = {
  __typename?: 'OrganisationServiceDeliversEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type OrganisationServiceDeliversNodeAggregateSelection = {
  __typename?: 'OrganisationServiceDeliversNodeAggregateSelection';
  esdLabel: StringAggregateSelection;
  esdStatus: StringAggregateSelection;
  govukDescription: StringAggregateSelection;
  name: StringAggregateSelection;
  providingTier: StringAggregateSelection;
};

/** Fields to sort Organisations by. The order in which sorts are applied is not guaranteed when specifying many fields in one OrganisationSort object. */
export type OrganisationSort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type OrganisationSourceSourcesAggregateSelection = {
  __typename?: 'OrganisationSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<OrganisationSourceSourcesNodeAggregateSelection>;
};

export type OrganisationSourceSourcesEdgeAggregateSelection = {
  __typename?: 'OrganisationSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type OrganisationSourceSourcesNodeAggregateSelection = {
  __typename?: 'OrganisationSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type OrganisationSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type OrganisationSourcesConnection = {
  __typename?: 'OrganisationSourcesConnection';
  aggregate: OrganisationSourceSourcesAggregateSelection;
  edges: Array<OrganisationSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<OrganisationSourcesNodeAggregationWhereInput>;
};

export type OrganisationSourcesConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationSourcesConnections */
  aggregate?: InputMaybe<OrganisationSourcesConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationSourcesConnections match this filter */
  all?: InputMaybe<OrganisationSourcesConnectionWhere>;
  /** Return Organisations where none of the related OrganisationSourcesConnections match this filter */
  none?: InputMaybe<OrganisationSourcesConnectionWhere>;
  /** Return Organisations where one of the related OrganisationSourcesConnections match this filter */
  single?: InputMaybe<OrganisationSourcesConnectionWhere>;
  /** Return Organisations where some of the related OrganisationSourcesConnections match this filter */
  some?: InputMaybe<OrganisationSourcesConnectionWhere>;
};

export type OrganisationSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type OrganisationSourcesConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationSourcesConnectionWhere>>;
  NOT?: InputMaybe<OrganisationSourcesConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type OrganisationSourcesDisconnectFieldInput = {
  where?: InputMaybe<OrganisationSourcesConnectionWhere>;
};

export type OrganisationSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationSourcesRelationship = {
  __typename?: 'OrganisationSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type OrganisationWhere = {
  AND?: InputMaybe<Array<OrganisationWhere>>;
  NOT?: InputMaybe<OrganisationWhere>;
  OR?: InputMaybe<Array<OrganisationWhere>>;
  delivers?: InputMaybe<ServiceRelationshipFilters>;
  deliversConnection?: InputMaybe<OrganisationDeliversConnectionFilters>;
  fundingPaid?: InputMaybe<FundingFlowRelationshipFilters>;
  fundingPaidConnection?: InputMaybe<OrganisationFundingPaidConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partnerships?: InputMaybe<PartnershipRelationshipFilters>;
  partnershipsConnection?: InputMaybe<OrganisationPartnershipsConnectionFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<OrganisationSourcesConnectionFilters>;
};

export type OrganisationsConnection = {
  __typename?: 'OrganisationsConnection';
  aggregate: OrganisationAggregate;
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OverlapPair = {
  __typename?: 'OverlapPair';
  a: PartnershipRef;
  /** Jaccard of the areas covered, at district level. */
  areaJaccard: Scalars['Float']['output'];
  b: PartnershipRef;
  memberJaccard: Scalars['Float']['output'];
  sharedMembers: Array<BodyRef>;
  sharedThemes: Array<Scalars['String']['output']>;
  themeJaccard: Scalars['Float']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type Parish = {
  __typename?: 'Parish';
  code: Scalars['ID']['output'];
  /** UNKNOWN unless a source says the parish has a council. */
  councilStatus: Scalars['String']['output'];
  name: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: ParishSourcesConnection;
  tier: Array<Tier>;
  tierConnection: ParishTierConnection;
  /** The district or unitary it lies in: the 2019 one, and its successor after a reorganisation. */
  within: Array<Authority>;
  withinConnection: ParishWithinConnection;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSourcesConnectionSort>>;
  where?: InputMaybe<ParishSourcesConnectionWhere>;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishTierArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishTierConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishTierConnectionSort>>;
  where?: InputMaybe<ParishTierConnectionWhere>;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishWithinArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A civil parish area (ONS, December 2019). Whether it has a parish or town council, or only
 * a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishWithinConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishWithinConnectionSort>>;
  where?: InputMaybe<ParishWithinConnectionWhere>;
};

export type ParishAggregate = {
  __typename?: 'ParishAggregate';
  count: Count;
  node: ParishAggregateNode;
};

export type ParishAggregateNode = {
  __typename?: 'ParishAggregateNode';
  councilStatus: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ParishAuthorityWithinAggregateSelection = {
  __typename?: 'ParishAuthorityWithinAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ParishAuthorityWithinEdgeAggregateSelection>;
  node?: Maybe<ParishAuthorityWithinNodeAggregateSelection>;
};

export type ParishAuthorityWithinEdgeAggregateSelection = {
  __typename?: 'ParishAuthorityWithinEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ParishAuthorityWithinNodeAggregateSelection = {
  __typename?: 'ParishAuthorityWithinNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type ParishConnectInput = {
  sources?: InputMaybe<Array<ParishSourcesConnectFieldInput>>;
  tier?: InputMaybe<Array<ParishTierConnectFieldInput>>;
  within?: InputMaybe<Array<ParishWithinConnectFieldInput>>;
};

export type ParishConnectWhere = {
  node: ParishWhere;
};

export type ParishDisconnectInput = {
  sources?: InputMaybe<Array<ParishSourcesDisconnectFieldInput>>;
  tier?: InputMaybe<Array<ParishTierDisconnectFieldInput>>;
  within?: InputMaybe<Array<ParishWithinDisconnectFieldInput>>;
};

export type ParishEdge = {
  __typename?: 'ParishEdge';
  cursor: Scalars['String']['output'];
  node: Parish;
};

export type ParishRelationshipFilters = {
  /** Filter type where all of the related Parishes match this filter */
  all?: InputMaybe<ParishWhere>;
  /** Filter type where none of the related Parishes match this filter */
  none?: InputMaybe<ParishWhere>;
  /** Filter type where one of the related Parishes match this filter */
  single?: InputMaybe<ParishWhere>;
  /** Filter type where some of the related Parishes match this filter */
  some?: InputMaybe<ParishWhere>;
};

/** Fields to sort Parishes by. The order in which sorts are applied is not guaranteed when specifying many fields in one ParishSort object. */
export type ParishSort = {
  code?: InputMaybe<SortDirection>;
  councilStatus?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type ParishSourceSourcesAggregateSelection = {
  __typename?: 'ParishSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ParishSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<ParishSourceSourcesNodeAggregateSelection>;
};

export type ParishSourceSourcesEdgeAggregateSelection = {
  __typename?: 'ParishSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type ParishSourceSourcesNodeAggregateSelection = {
  __typename?: 'ParishSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type ParishSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type ParishSourcesConnection = {
  __typename?: 'ParishSourcesConnection';
  aggregate: ParishSourceSourcesAggregateSelection;
  edges: Array<ParishSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<ParishSourcesNodeAggregationWhereInput>;
};

export type ParishSourcesConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishSourcesConnections */
  aggregate?: InputMaybe<ParishSourcesConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishSourcesConnections match this filter */
  all?: InputMaybe<ParishSourcesConnectionWhere>;
  /** Return Parishes where none of the related ParishSourcesConnections match this filter */
  none?: InputMaybe<ParishSourcesConnectionWhere>;
  /** Return Parishes where one of the related ParishSourcesConnections match this filter */
  single?: InputMaybe<ParishSourcesConnectionWhere>;
  /** Return Parishes where some of the related ParishSourcesConnections match this filter */
  some?: InputMaybe<ParishSourcesConnectionWhere>;
};

export type ParishSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type ParishSourcesConnectionWhere = {
  AND?: InputMaybe<Array<ParishSourcesConnectionWhere>>;
  NOT?: InputMaybe<ParishSourcesConnectionWhere>;
  OR?: InputMaybe<Array<ParishSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type ParishSourcesDisconnectFieldInput = {
  where?: InputMaybe<ParishSourcesConnectionWhere>;
};

export type ParishSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishSourcesRelationship = {
  __typename?: 'ParishSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type ParishTierConnectFieldInput = {
  connect?: InputMaybe<Array<TierConnectInput>>;
  where?: InputMaybe<TierConnectWhere>;
};

export type ParishTierConnection = {
  __typename?: 'ParishTierConnection';
  aggregate: ParishTierTierAggregateSelection;
  edges: Array<ParishTierRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishTierConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishTierConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishTierConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishTierConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ParishTierNodeAggregationWhereInput>;
};

export type ParishTierConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishTierConnections */
  aggregate?: InputMaybe<ParishTierConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishTierConnections match this filter */
  all?: InputMaybe<ParishTierConnectionWhere>;
  /** Return Parishes where none of the related ParishTierConnections match this filter */
  none?: InputMaybe<ParishTierConnectionWhere>;
  /** Return Parishes where one of the related ParishTierConnections match this filter */
  single?: InputMaybe<ParishTierConnectionWhere>;
  /** Return Parishes where some of the related ParishTierConnections match this filter */
  some?: InputMaybe<ParishTierConnectionWhere>;
};

export type ParishTierConnectionSort = {
  node?: InputMaybe<TierSort>;
};

export type ParishTierConnectionWhere = {
  AND?: InputMaybe<Array<ParishTierConnectionWhere>>;
  NOT?: InputMaybe<ParishTierConnectionWhere>;
  OR?: InputMaybe<Array<ParishTierConnectionWhere>>;
  node?: InputMaybe<TierWhere>;
};

export type ParishTierDisconnectFieldInput = {
  disconnect?: InputMaybe<TierDisconnectInput>;
  where?: InputMaybe<ParishTierConnectionWhere>;
};

export type ParishTierNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishTierNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishTierNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishTierNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishTierRelationship = {
  __typename?: 'ParishTierRelationship';
  cursor: Scalars['String']['output'];
  node: Tier;
};

export type ParishTierTierAggregateSelection = {
  __typename?: 'ParishTierTierAggregateSelection';
  count: CountConnection;
  node?: Maybe<ParishTierTierNodeAggregateSelection>;
};

export type ParishTierTierNodeAggregateSelection = {
  __typename?: 'ParishTierTierNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ParishWhere = {
  AND?: InputMaybe<Array<ParishWhere>>;
  NOT?: InputMaybe<ParishWhere>;
  OR?: InputMaybe<Array<ParishWhere>>;
  code?: InputMaybe<IdScalarFilters>;
  councilStatus?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<ParishSourcesConnectionFilters>;
  tier?: InputMaybe<TierRelationshipFilters>;
  tierConnection?: InputMaybe<ParishTierConnectionFilters>;
  within?: InputMaybe<AuthorityRelationshipFilters>;
  withinConnection?: InputMaybe<ParishWithinConnectionFilters>;
};

export type ParishWithinConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type ParishWithinConnection = {
  __typename?: 'ParishWithinConnection';
  aggregate: ParishAuthorityWithinAggregateSelection;
  edges: Array<ParishWithinRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishWithinConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishWithinConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishWithinConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishWithinConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<ParishWithinNodeAggregationWhereInput>;
};

export type ParishWithinConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishWithinConnections */
  aggregate?: InputMaybe<ParishWithinConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishWithinConnections match this filter */
  all?: InputMaybe<ParishWithinConnectionWhere>;
  /** Return Parishes where none of the related ParishWithinConnections match this filter */
  none?: InputMaybe<ParishWithinConnectionWhere>;
  /** Return Parishes where one of the related ParishWithinConnections match this filter */
  single?: InputMaybe<ParishWithinConnectionWhere>;
  /** Return Parishes where some of the related ParishWithinConnections match this filter */
  some?: InputMaybe<ParishWithinConnectionWhere>;
};

export type ParishWithinConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type ParishWithinConnectionWhere = {
  AND?: InputMaybe<Array<ParishWithinConnectionWhere>>;
  NOT?: InputMaybe<ParishWithinConnectionWhere>;
  OR?: InputMaybe<Array<ParishWithinConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type ParishWithinDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<ParishWithinConnectionWhere>;
};

export type ParishWithinNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishWithinNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishWithinNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishWithinNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishWithinRelationship = {
  __typename?: 'ParishWithinRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type ParishesConnection = {
  __typename?: 'ParishesConnection';
  aggregate: ParishAggregate;
  edges: Array<ParishEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A partnership, board, forum, deal or joint arrangement. */
export type Partnership = {
  __typename?: 'Partnership';
  /** The areas it covers. */
  covers: Array<Authority>;
  coversConnection: PartnershipCoversConnection;
  fundingReceived: Array<FundingFlow>;
  fundingReceivedConnection: PartnershipFundingReceivedConnection;
  id: Scalars['ID']['output'];
  /** e.g. locality-board, county-forum, community-safety-partnership, sub-regional-partnership */
  kind: Scalars['String']['output'];
  legalBasis: Array<Scalars['String']['output']>;
  memberOf: Array<Partnership>;
  memberOfConnection: PartnershipMemberOfConnection;
  members: Array<Member>;
  membersConnection: PartnershipMembersConnection;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  parent: Array<Partnership>;
  parentConnection: PartnershipParentConnection;
  replacedBy: Array<Partnership>;
  replacedByConnection: PartnershipReplacedByConnection;
  services: Array<Service>;
  servicesConnection: PartnershipServicesConnection;
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: PartnershipSourcesConnection;
  /** proposed, planned, pilot, active, replaced or ended */
  status: Scalars['String']['output'];
  statutory: Scalars['Boolean']['output'];
  subGroups: Array<Partnership>;
  subGroupsConnection: PartnershipSubGroupsConnection;
  themes: Array<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipCoversArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipCoversConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipCoversConnectionSort>>;
  where?: InputMaybe<PartnershipCoversConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipFundingReceivedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipFundingReceivedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipFundingReceivedConnectionSort>>;
  where?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipMemberOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipMemberOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipMemberOfConnectionSort>>;
  where?: InputMaybe<PartnershipMemberOfConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<MemberWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipMembersConnectionSort>>;
  where?: InputMaybe<PartnershipMembersConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipParentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipParentConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipParentConnectionSort>>;
  where?: InputMaybe<PartnershipParentConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipReplacedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipReplacedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipReplacedByConnectionSort>>;
  where?: InputMaybe<PartnershipReplacedByConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipServicesConnectionSort>>;
  where?: InputMaybe<PartnershipServicesConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSourcesConnectionSort>>;
  where?: InputMaybe<PartnershipSourcesConnectionWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipSubGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipSubGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSubGroupsConnectionSort>>;
  where?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
};

export type PartnershipAggregate = {
  __typename?: 'PartnershipAggregate';
  count: Count;
  node: PartnershipAggregateNode;
};

export type PartnershipAggregateNode = {
  __typename?: 'PartnershipAggregateNode';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type PartnershipAuthorityCoversAggregateSelection = {
  __typename?: 'PartnershipAuthorityCoversAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipAuthorityCoversEdgeAggregateSelection>;
  node?: Maybe<PartnershipAuthorityCoversNodeAggregateSelection>;
};

export type PartnershipAuthorityCoversEdgeAggregateSelection = {
  __typename?: 'PartnershipAuthorityCoversEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipAuthorityCoversNodeAggregateSelection = {
  __typename?: 'PartnershipAuthorityCoversNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type PartnershipConnectInput = {
  covers?: InputMaybe<Array<PartnershipCoversConnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<PartnershipFundingReceivedConnectFieldInput>>;
  memberOf?: InputMaybe<Array<PartnershipMemberOfConnectFieldInput>>;
  members?: InputMaybe<PartnershipMembersConnectInput>;
  parent?: InputMaybe<Array<PartnershipParentConnectFieldInput>>;
  replacedBy?: InputMaybe<Array<PartnershipReplacedByConnectFieldInput>>;
  services?: InputMaybe<Array<PartnershipServicesConnectFieldInput>>;
  sources?: InputMaybe<Array<PartnershipSourcesConnectFieldInput>>;
  subGroups?: InputMaybe<Array<PartnershipSubGroupsConnectFieldInput>>;
};

export type PartnershipConnectWhere = {
  node: PartnershipWhere;
};

export type PartnershipCoversConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type PartnershipCoversConnection = {
  __typename?: 'PartnershipCoversConnection';
  aggregate: PartnershipAuthorityCoversAggregateSelection;
  edges: Array<PartnershipCoversRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipCoversConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipCoversConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipCoversConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipCoversConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<PartnershipCoversNodeAggregationWhereInput>;
};

export type PartnershipCoversConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipCoversConnections */
  aggregate?: InputMaybe<PartnershipCoversConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipCoversConnections match this filter */
  all?: InputMaybe<PartnershipCoversConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipCoversConnections match this filter */
  none?: InputMaybe<PartnershipCoversConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipCoversConnections match this filter */
  single?: InputMaybe<PartnershipCoversConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipCoversConnections match this filter */
  some?: InputMaybe<PartnershipCoversConnectionWhere>;
};

export type PartnershipCoversConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type PartnershipCoversConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipCoversConnectionWhere>>;
  NOT?: InputMaybe<PartnershipCoversConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipCoversConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type PartnershipCoversDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<PartnershipCoversConnectionWhere>;
};

export type PartnershipCoversNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipCoversNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipCoversNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipCoversNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipCoversRelationship = {
  __typename?: 'PartnershipCoversRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type PartnershipDisconnectInput = {
  covers?: InputMaybe<Array<PartnershipCoversDisconnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<PartnershipFundingReceivedDisconnectFieldInput>>;
  memberOf?: InputMaybe<Array<PartnershipMemberOfDisconnectFieldInput>>;
  members?: InputMaybe<PartnershipMembersDisconnectInput>;
  parent?: InputMaybe<Array<PartnershipParentDisconnectFieldInput>>;
  replacedBy?: InputMaybe<Array<PartnershipReplacedByDisconnectFieldInput>>;
  services?: InputMaybe<Array<PartnershipServicesDisconnectFieldInput>>;
  sources?: InputMaybe<Array<PartnershipSourcesDisconnectFieldInput>>;
  subGroups?: InputMaybe<Array<PartnershipSubGroupsDisconnectFieldInput>>;
};

export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

export type PartnershipFundingFlowFundingReceivedAggregateSelection = {
  __typename?: 'PartnershipFundingFlowFundingReceivedAggregateSelection';
  count: CountConnection;
  node?: Maybe<PartnershipFundingFlowFundingReceivedNodeAggregateSelection>;
};

export type PartnershipFundingFlowFundingReceivedNodeAggregateSelection = {
  __typename?: 'PartnershipFundingFlowFundingReceivedNodeAggregateSelection';
  amount: FloatAggregateSelection;
  currency: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  year: StringAggregateSelection;
};

export type PartnershipFundingReceivedConnectFieldInput = {
  connect?: InputMaybe<Array<FundingFlowConnectInput>>;
  where?: InputMaybe<FundingFlowConnectWhere>;
};

export type PartnershipFundingReceivedConnection = {
  __typename?: 'PartnershipFundingReceivedConnection';
  aggregate: PartnershipFundingFlowFundingReceivedAggregateSelection;
  edges: Array<PartnershipFundingReceivedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipFundingReceivedConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipFundingReceivedConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipFundingReceivedConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipFundingReceivedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<PartnershipFundingReceivedNodeAggregationWhereInput>;
};

export type PartnershipFundingReceivedConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipFundingReceivedConnections */
  aggregate?: InputMaybe<PartnershipFundingReceivedConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipFundingReceivedConnections match this filter */
  all?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipFundingReceivedConnections match this filter */
  none?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipFundingReceivedConnections match this filter */
  single?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipFundingReceivedConnections match this filter */
  some?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
};

export type PartnershipFundingReceivedConnectionSort = {
  node?: InputMaybe<FundingFlowSort>;
};

export type PartnershipFundingReceivedConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipFundingReceivedConnectionWhere>>;
  NOT?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipFundingReceivedConnectionWhere>>;
  node?: InputMaybe<FundingFlowWhere>;
};

export type PartnershipFundingReceivedDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingFlowDisconnectInput>;
  where?: InputMaybe<PartnershipFundingReceivedConnectionWhere>;
};

export type PartnershipFundingReceivedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipFundingReceivedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipFundingReceivedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipFundingReceivedNodeAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  currency?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  year?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipFundingReceivedRelationship = {
  __typename?: 'PartnershipFundingReceivedRelationship';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type PartnershipMemberOfConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipMemberOfConnection = {
  __typename?: 'PartnershipMemberOfConnection';
  aggregate: PartnershipPartnershipMemberOfAggregateSelection;
  edges: Array<PartnershipMemberOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipMemberOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipMemberOfConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipMemberOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipMemberOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  node?: InputMaybe<PartnershipMemberOfNodeAggregationWhereInput>;
};

export type PartnershipMemberOfConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipMemberOfConnections */
  aggregate?: InputMaybe<PartnershipMemberOfConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipMemberOfConnections match this filter */
  all?: InputMaybe<PartnershipMemberOfConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipMemberOfConnections match this filter */
  none?: InputMaybe<PartnershipMemberOfConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipMemberOfConnections match this filter */
  single?: InputMaybe<PartnershipMemberOfConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipMemberOfConnections match this filter */
  some?: InputMaybe<PartnershipMemberOfConnectionWhere>;
};

export type PartnershipMemberOfConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type PartnershipMemberOfConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipMemberOfConnectionWhere>>;
  NOT?: InputMaybe<PartnershipMemberOfConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipMemberOfConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipMemberOfDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipMemberOfConnectionWhere>;
};

export type PartnershipMemberOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipMemberOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipMemberOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipMemberOfNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipMemberOfRelationship = {
  __typename?: 'PartnershipMemberOfRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Membership;
};

export type PartnershipMembersAuthorityConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type PartnershipMembersAuthorityConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipMembersAuthorityConnectionWhere>>;
  NOT?: InputMaybe<PartnershipMembersAuthorityConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipMembersAuthorityConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type PartnershipMembersAuthorityDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<PartnershipMembersAuthorityConnectionWhere>;
};

export type PartnershipMembersConnectInput = {
  Authority?: InputMaybe<Array<PartnershipMembersAuthorityConnectFieldInput>>;
  Organisation?: InputMaybe<Array<PartnershipMembersOrganisationConnectFieldInput>>;
  Partnership?: InputMaybe<Array<PartnershipMembersPartnershipConnectFieldInput>>;
};

export type PartnershipMembersConnection = {
  __typename?: 'PartnershipMembersConnection';
  edges: Array<PartnershipMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipMembersConnectionFilters = {
  /** Return Partnerships where all of the related PartnershipMembersConnections match this filter */
  all?: InputMaybe<PartnershipMembersConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipMembersConnections match this filter */
  none?: InputMaybe<PartnershipMembersConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipMembersConnections match this filter */
  single?: InputMaybe<PartnershipMembersConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipMembersConnections match this filter */
  some?: InputMaybe<PartnershipMembersConnectionWhere>;
};

export type PartnershipMembersConnectionSort = {
  edge?: InputMaybe<MembershipSort>;
};

export type PartnershipMembersConnectionWhere = {
  Authority?: InputMaybe<PartnershipMembersAuthorityConnectionWhere>;
  Organisation?: InputMaybe<PartnershipMembersOrganisationConnectionWhere>;
  Partnership?: InputMaybe<PartnershipMembersPartnershipConnectionWhere>;
};

export type PartnershipMembersDisconnectInput = {
  Authority?: InputMaybe<Array<PartnershipMembersAuthorityDisconnectFieldInput>>;
  Organisation?: InputMaybe<Array<PartnershipMembersOrganisationDisconnectFieldInput>>;
  Partnership?: InputMaybe<Array<PartnershipMembersPartnershipDisconnectFieldInput>>;
};

export type PartnershipMembersOrganisationConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type PartnershipMembersOrganisationConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipMembersOrganisationConnectionWhere>>;
  NOT?: InputMaybe<PartnershipMembersOrganisationConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipMembersOrganisationConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PartnershipMembersOrganisationDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<PartnershipMembersOrganisationConnectionWhere>;
};

export type PartnershipMembersPartnershipConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: MembershipCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipMembersPartnershipConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipMembersPartnershipConnectionWhere>>;
  NOT?: InputMaybe<PartnershipMembersPartnershipConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipMembersPartnershipConnectionWhere>>;
  edge?: InputMaybe<MembershipWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipMembersPartnershipDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipMembersPartnershipConnectionWhere>;
};

export type PartnershipMembersRelationship = {
  __typename?: 'PartnershipMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Member;
  properties: Membership;
};

export type PartnershipOverlap = {
  __typename?: 'PartnershipOverlap';
  /** The area asked about, or null for all of England. */
  area?: Maybe<Scalars['String']['output']>;
  pairs: Array<OverlapPair>;
};

export type PartnershipParentConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipParentConnection = {
  __typename?: 'PartnershipParentConnection';
  aggregate: PartnershipPartnershipParentAggregateSelection;
  edges: Array<PartnershipParentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipParentConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipParentConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipParentConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipParentConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<PartnershipParentNodeAggregationWhereInput>;
};

export type PartnershipParentConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipParentConnections */
  aggregate?: InputMaybe<PartnershipParentConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipParentConnections match this filter */
  all?: InputMaybe<PartnershipParentConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipParentConnections match this filter */
  none?: InputMaybe<PartnershipParentConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipParentConnections match this filter */
  single?: InputMaybe<PartnershipParentConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipParentConnections match this filter */
  some?: InputMaybe<PartnershipParentConnectionWhere>;
};

export type PartnershipParentConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type PartnershipParentConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipParentConnectionWhere>>;
  NOT?: InputMaybe<PartnershipParentConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipParentConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipParentDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipParentConnectionWhere>;
};

export type PartnershipParentNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipParentNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipParentNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipParentNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipParentRelationship = {
  __typename?: 'PartnershipParentRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Dated;
};

export type PartnershipPartnershipMemberOfAggregateSelection = {
  __typename?: 'PartnershipPartnershipMemberOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipPartnershipMemberOfEdgeAggregateSelection>;
  node?: Maybe<PartnershipPartnershipMemberOfNodeAggregateSelection>;
};

export type PartnershipPartnershipMemberOfEdgeAggregateSelection = {
  __typename?: 'PartnershipPartnershipMemberOfEdgeAggregateSelection';
  cite: StringAggregateSelection;
  role: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipPartnershipMemberOfNodeAggregateSelection = {
  __typename?: 'PartnershipPartnershipMemberOfNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type PartnershipPartnershipParentAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipPartnershipParentEdgeAggregateSelection>;
  node?: Maybe<PartnershipPartnershipParentNodeAggregateSelection>;
};

export type PartnershipPartnershipParentEdgeAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipPartnershipParentNodeAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type PartnershipPartnershipReplacedByAggregateSelection = {
  __typename?: 'PartnershipPartnershipReplacedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipPartnershipReplacedByEdgeAggregateSelection>;
  node?: Maybe<PartnershipPartnershipReplacedByNodeAggregateSelection>;
};

export type PartnershipPartnershipReplacedByEdgeAggregateSelection = {
  __typename?: 'PartnershipPartnershipReplacedByEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipPartnershipReplacedByNodeAggregateSelection = {
  __typename?: 'PartnershipPartnershipReplacedByNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type PartnershipPartnershipSubGroupsAggregateSelection = {
  __typename?: 'PartnershipPartnershipSubGroupsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipPartnershipSubGroupsEdgeAggregateSelection>;
  node?: Maybe<PartnershipPartnershipSubGroupsNodeAggregateSelection>;
};

export type PartnershipPartnershipSubGroupsEdgeAggregateSelection = {
  __typename?: 'PartnershipPartnershipSubGroupsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipPartnershipSubGroupsNodeAggregateSelection = {
  __typename?: 'PartnershipPartnershipSubGroupsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type PartnershipRef = {
  __typename?: 'PartnershipRef';
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  status: Scalars['String']['output'];
  statutory: Scalars['Boolean']['output'];
};

export type PartnershipRelationshipFilters = {
  /** Filter type where all of the related Partnerships match this filter */
  all?: InputMaybe<PartnershipWhere>;
  /** Filter type where none of the related Partnerships match this filter */
  none?: InputMaybe<PartnershipWhere>;
  /** Filter type where one of the related Partnerships match this filter */
  single?: InputMaybe<PartnershipWhere>;
  /** Filter type where some of the related Partnerships match this filter */
  some?: InputMaybe<PartnershipWhere>;
};

export type PartnershipReplacedByConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipReplacedByConnection = {
  __typename?: 'PartnershipReplacedByConnection';
  aggregate: PartnershipPartnershipReplacedByAggregateSelection;
  edges: Array<PartnershipReplacedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipReplacedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipReplacedByConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipReplacedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipReplacedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<PartnershipReplacedByNodeAggregationWhereInput>;
};

export type PartnershipReplacedByConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipReplacedByConnections */
  aggregate?: InputMaybe<PartnershipReplacedByConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipReplacedByConnections match this filter */
  all?: InputMaybe<PartnershipReplacedByConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipReplacedByConnections match this filter */
  none?: InputMaybe<PartnershipReplacedByConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipReplacedByConnections match this filter */
  single?: InputMaybe<PartnershipReplacedByConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipReplacedByConnections match this filter */
  some?: InputMaybe<PartnershipReplacedByConnectionWhere>;
};

export type PartnershipReplacedByConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type PartnershipReplacedByConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipReplacedByConnectionWhere>>;
  NOT?: InputMaybe<PartnershipReplacedByConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipReplacedByConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipReplacedByDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipReplacedByConnectionWhere>;
};

export type PartnershipReplacedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipReplacedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipReplacedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipReplacedByNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipReplacedByRelationship = {
  __typename?: 'PartnershipReplacedByRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Dated;
};

export type PartnershipServiceServicesAggregateSelection = {
  __typename?: 'PartnershipServiceServicesAggregateSelection';
  count: CountConnection;
  node?: Maybe<PartnershipServiceServicesNodeAggregateSelection>;
};

export type PartnershipServiceServicesNodeAggregateSelection = {
  __typename?: 'PartnershipServiceServicesNodeAggregateSelection';
  esdLabel: StringAggregateSelection;
  esdStatus: StringAggregateSelection;
  govukDescription: StringAggregateSelection;
  name: StringAggregateSelection;
  providingTier: StringAggregateSelection;
};

export type PartnershipServicesConnectFieldInput = {
  connect?: InputMaybe<Array<ServiceConnectInput>>;
  where?: InputMaybe<ServiceConnectWhere>;
};

export type PartnershipServicesConnection = {
  __typename?: 'PartnershipServicesConnection';
  aggregate: PartnershipServiceServicesAggregateSelection;
  edges: Array<PartnershipServicesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipServicesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipServicesConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipServicesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipServicesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<PartnershipServicesNodeAggregationWhereInput>;
};

export type PartnershipServicesConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipServicesConnections */
  aggregate?: InputMaybe<PartnershipServicesConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipServicesConnections match this filter */
  all?: InputMaybe<PartnershipServicesConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipServicesConnections match this filter */
  none?: InputMaybe<PartnershipServicesConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipServicesConnections match this filter */
  single?: InputMaybe<PartnershipServicesConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipServicesConnections match this filter */
  some?: InputMaybe<PartnershipServicesConnectionWhere>;
};

export type PartnershipServicesConnectionSort = {
  node?: InputMaybe<ServiceSort>;
};

export type PartnershipServicesConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipServicesConnectionWhere>>;
  NOT?: InputMaybe<PartnershipServicesConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipServicesConnectionWhere>>;
  node?: InputMaybe<ServiceWhere>;
};

export type PartnershipServicesDisconnectFieldInput = {
  disconnect?: InputMaybe<ServiceDisconnectInput>;
  where?: InputMaybe<PartnershipServicesConnectionWhere>;
};

export type PartnershipServicesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipServicesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipServicesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipServicesNodeAggregationWhereInput>>;
  esdLabel?: InputMaybe<StringScalarAggregationFilters>;
  esdStatus?: InputMaybe<StringScalarAggregationFilters>;
  govukDescription?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  providingTier?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipServicesRelationship = {
  __typename?: 'PartnershipServicesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
};

/** Fields to sort Partnerships by. The order in which sorts are applied is not guaranteed when specifying many fields in one PartnershipSort object. */
export type PartnershipSort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  statutory?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type PartnershipSourceSourcesAggregateSelection = {
  __typename?: 'PartnershipSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<PartnershipSourceSourcesNodeAggregateSelection>;
};

export type PartnershipSourceSourcesEdgeAggregateSelection = {
  __typename?: 'PartnershipSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type PartnershipSourceSourcesNodeAggregateSelection = {
  __typename?: 'PartnershipSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type PartnershipSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type PartnershipSourcesConnection = {
  __typename?: 'PartnershipSourcesConnection';
  aggregate: PartnershipSourceSourcesAggregateSelection;
  edges: Array<PartnershipSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<PartnershipSourcesNodeAggregationWhereInput>;
};

export type PartnershipSourcesConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipSourcesConnections */
  aggregate?: InputMaybe<PartnershipSourcesConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipSourcesConnections match this filter */
  all?: InputMaybe<PartnershipSourcesConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipSourcesConnections match this filter */
  none?: InputMaybe<PartnershipSourcesConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipSourcesConnections match this filter */
  single?: InputMaybe<PartnershipSourcesConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipSourcesConnections match this filter */
  some?: InputMaybe<PartnershipSourcesConnectionWhere>;
};

export type PartnershipSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type PartnershipSourcesConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipSourcesConnectionWhere>>;
  NOT?: InputMaybe<PartnershipSourcesConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type PartnershipSourcesDisconnectFieldInput = {
  where?: InputMaybe<PartnershipSourcesConnectionWhere>;
};

export type PartnershipSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipSourcesRelationship = {
  __typename?: 'PartnershipSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type PartnershipSubGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipSubGroupsConnection = {
  __typename?: 'PartnershipSubGroupsConnection';
  aggregate: PartnershipPartnershipSubGroupsAggregateSelection;
  edges: Array<PartnershipSubGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipSubGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipSubGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipSubGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipSubGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<PartnershipSubGroupsNodeAggregationWhereInput>;
};

export type PartnershipSubGroupsConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipSubGroupsConnections */
  aggregate?: InputMaybe<PartnershipSubGroupsConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipSubGroupsConnections match this filter */
  all?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipSubGroupsConnections match this filter */
  none?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipSubGroupsConnections match this filter */
  single?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipSubGroupsConnections match this filter */
  some?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
};

export type PartnershipSubGroupsConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type PartnershipSubGroupsConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipSubGroupsConnectionWhere>>;
  NOT?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipSubGroupsConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipSubGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipSubGroupsConnectionWhere>;
};

export type PartnershipSubGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipSubGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipSubGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipSubGroupsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipSubGroupsRelationship = {
  __typename?: 'PartnershipSubGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
  properties: Dated;
};

export type PartnershipWhere = {
  AND?: InputMaybe<Array<PartnershipWhere>>;
  NOT?: InputMaybe<PartnershipWhere>;
  OR?: InputMaybe<Array<PartnershipWhere>>;
  covers?: InputMaybe<AuthorityRelationshipFilters>;
  coversConnection?: InputMaybe<PartnershipCoversConnectionFilters>;
  fundingReceived?: InputMaybe<FundingFlowRelationshipFilters>;
  fundingReceivedConnection?: InputMaybe<PartnershipFundingReceivedConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  legalBasis?: InputMaybe<StringListFilters>;
  memberOf?: InputMaybe<PartnershipRelationshipFilters>;
  memberOfConnection?: InputMaybe<PartnershipMemberOfConnectionFilters>;
  members?: InputMaybe<MemberRelationshipFilters>;
  membersConnection?: InputMaybe<PartnershipMembersConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  parent?: InputMaybe<PartnershipRelationshipFilters>;
  parentConnection?: InputMaybe<PartnershipParentConnectionFilters>;
  replacedBy?: InputMaybe<PartnershipRelationshipFilters>;
  replacedByConnection?: InputMaybe<PartnershipReplacedByConnectionFilters>;
  services?: InputMaybe<ServiceRelationshipFilters>;
  servicesConnection?: InputMaybe<PartnershipServicesConnectionFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<PartnershipSourcesConnectionFilters>;
  status?: InputMaybe<StringScalarFilters>;
  statutory?: InputMaybe<BooleanScalarFilters>;
  subGroups?: InputMaybe<PartnershipRelationshipFilters>;
  subGroupsConnection?: InputMaybe<PartnershipSubGroupsConnectionFilters>;
  themes?: InputMaybe<StringListFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
};

export type PartnershipsConnection = {
  __typename?: 'PartnershipsConnection';
  aggregate: PartnershipAggregate;
  edges: Array<PartnershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One step of the graph from the place to the provider, with its source. */
export type PathStep = {
  __typename?: 'PathStep';
  basis?: Maybe<Scalars['String']['output']>;
  cite?: Maybe<Scalars['String']['output']>;
  from: NodeRef;
  relationship: Scalars['String']['output'];
  source: Scalars['String']['output'];
  to: NodeRef;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type PooledBudget = {
  __typename?: 'PooledBudget';
  amount?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  stream?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
  year?: Maybe<Scalars['String']['output']>;
};

/** Every area and body a postcode falls under on a date. */
export type PostcodeAnswer = {
  __typename?: 'PostcodeAnswer';
  bodies: Array<PostcodeBody>;
  note: Scalars['String']['output'];
  on: Scalars['String']['output'];
  /** The postcode as ONSPD writes it, e.g. ME14 1XQ. */
  postcode: Scalars['String']['output'];
  sources: Array<SourceRef>;
};

/** A body a postcode falls under, and how the graph puts it there. */
export type PostcodeBody = {
  __typename?: 'PostcodeBody';
  body: BodyRef;
  path: Array<PathStep>;
  /** within, combined authority, fire and rescue, or partnership covering the area */
  relationship: Scalars['String']['output'];
};

/** Who delivers a service in a place on a date, and why. */
export type Provision = {
  __typename?: 'Provision';
  authority: BodyRef;
  /** STATUTORY_DUTY, CONCURRENT_POWER, STRATEGIC_AUTHORITY, DELEGATED, SHARED_SERVICE or COMMISSIONED */
  basis: Scalars['String']['output'];
  /** Functional bodies that deliver it for the authority (e.g. Transport for London for the GLA). */
  deliveredBy: Array<BodyRef>;
  /** Caveats, e.g. that a parish area may have no parish council. */
  note?: Maybe<Scalars['String']['output']>;
  /** The date the answer holds for. */
  on: Scalars['Date']['output'];
  /** The graph steps from the place to the provider, and from its tier to the service. */
  path: Array<PathStep>;
  place: NodeRef;
  service: NodeRef;
  sources: Array<SourceRef>;
  tier: Scalars['String']['output'];
  tierName: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  authorities: Array<Authority>;
  authoritiesConnection: AuthoritiesConnection;
  /** Funding flows filtered by recipient, payer, stream and financial year (e.g. 2019-20), with totals. */
  fundingFlows: FundingFlows;
  fundingFlowsConnection: FundingFlowsConnection;
  fundingStreams: Array<FundingStream>;
  fundingStreamsConnection: FundingStreamsConnection;
  /** An area's money by tier and stream in a financial year, two-tier splits against their rule, and stated totals. */
  fundingSummary: FundingSummary;
  members: Array<Member>;
  notes: Array<Note>;
  notesConnection: NotesConnection;
  organisations: Array<Organisation>;
  organisationsConnection: OrganisationsConnection;
  parishes: Array<Parish>;
  parishesConnection: ParishesConnection;
  /** Pairwise overlap of the partnerships in an area (an authority's GSS code or name), or in England when area is omitted. */
  partnershipOverlap: PartnershipOverlap;
  partnerships: Array<Partnership>;
  partnershipsConnection: PartnershipsConnection;
  /** Every area and body a postcode (any usual form: ME14 1XQ, me141xq) falls under on a date (YYYY-MM-DD, default today). */
  postcode: PostcodeAnswer;
  /** What if `by` took over the partnerships in `subsume` (ids or names)? Read-only. */
  rationalisationScenario: Scenario;
  services: Array<Service>;
  servicesConnection: ServicesConnection;
  /** What an authority (GSS code or name) is responsible for on a date, grouped by basis. */
  servicesOf: AuthorityServices;
  sources: Array<Source>;
  sourcesConnection: SourcesConnection;
  /** Partnerships a broader body (Locality Board, Kent Forum, combined authority, London sub-region; id or name) could subsume, best first. */
  subsumptionCandidates: Array<Candidate>;
  /** Every service with a responsible tier, against every tier. */
  tierMatrix: TierMatrix;
  tiers: Array<Tier>;
  tiersConnection: TiersConnection;
  unparishedAreas: Array<UnparishedArea>;
  unparishedAreasConnection: UnparishedAreasConnection;
  /**
   * Who delivers service S in place P on date D, and why. `service`: an LGSL code ("524") or a
   * name; `place`: a GSS code (parish E04, district E07, unitary E06, metropolitan E08, London
   * E09, county E10...), a name, or an English postcode in any usual form (ME14 1XQ, me141xq); `on`: a date as YYYY-MM-DD, default today. (`on` is a
   * String, checked strictly: the library's Date scalar would roll 2020-02-30 over to March.)
   */
  whoDelivers: Array<Provision>;
};


export type QueryAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


export type QueryAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


export type QueryFundingFlowsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  stream?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFundingFlowsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowSort>>;
  where?: InputMaybe<FundingFlowWhere>;
};


export type QueryFundingStreamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingStreamSort>>;
  where?: InputMaybe<FundingStreamWhere>;
};


export type QueryFundingStreamsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingStreamSort>>;
  where?: InputMaybe<FundingStreamWhere>;
};


export type QueryFundingSummaryArgs = {
  area: Scalars['String']['input'];
  year: Scalars['String']['input'];
};


export type QueryMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<MemberWhere>;
};


export type QueryNotesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteSort>>;
  where?: InputMaybe<NoteWhere>;
};


export type QueryNotesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NoteSort>>;
  where?: InputMaybe<NoteWhere>;
};


export type QueryOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


export type QueryOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


export type QueryParishesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


export type QueryParishesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


export type QueryPartnershipOverlapArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


export type QueryPartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


export type QueryPostcodeArgs = {
  code: Scalars['String']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRationalisationScenarioArgs = {
  by: Scalars['String']['input'];
  subsume: Array<Scalars['String']['input']>;
};


export type QueryServicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


export type QueryServicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


export type QueryServicesOfArgs = {
  authority: Scalars['String']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QuerySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QuerySubsumptionCandidatesArgs = {
  by: Scalars['String']['input'];
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryTiersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


export type QueryTiersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


export type QueryUnparishedAreasArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UnparishedAreaSort>>;
  where?: InputMaybe<UnparishedAreaWhere>;
};


export type QueryUnparishedAreasConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UnparishedAreaSort>>;
  where?: InputMaybe<UnparishedAreaWhere>;
};


export type QueryWhoDeliversArgs = {
  on?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  service: Scalars['String']['input'];
};

/**
 * The edge properties for the following fields:
 * * Tier.responsibilities
 * * Service.tiers
 */
export type Responsibility = {
  __typename?: 'Responsibility';
  /** STATUTORY_DUTY, CONCURRENT_POWER, STRATEGIC_AUTHORITY, DELEGATED, SHARED_SERVICE or COMMISSIONED */
  basis: Scalars['String']['output'];
  cite?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
};

export type ResponsibilityAggregationWhereInput = {
  AND?: InputMaybe<Array<ResponsibilityAggregationWhereInput>>;
  NOT?: InputMaybe<ResponsibilityAggregationWhereInput>;
  OR?: InputMaybe<Array<ResponsibilityAggregationWhereInput>>;
  basis?: InputMaybe<StringScalarAggregationFilters>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type ResponsibilityCreateInput = {
  basis: Scalars['String']['input'];
  cite?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};

export type ResponsibilitySort = {
  basis?: InputMaybe<SortDirection>;
  cite?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
};

export type ResponsibilityWhere = {
  AND?: InputMaybe<Array<ResponsibilityWhere>>;
  NOT?: InputMaybe<ResponsibilityWhere>;
  OR?: InputMaybe<Array<ResponsibilityWhere>>;
  basis?: InputMaybe<StringScalarFilters>;
  cite?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
};

/** What would change if a broader body took over some partnerships. Nothing is written. */
export type Scenario = {
  __typename?: 'Scenario';
  after: ScenarioFigures;
  /** Partnerships covering the broader body's area, and their seats. */
  before: ScenarioFigures;
  blockers: Array<Scalars['String']['output']>;
  budgetsPooled: Array<PooledBudget>;
  budgetsWithoutAmount: Scalars['Int']['output'];
  by: BodyRef;
  /** Always false: a scenario never writes to the graph. */
  changed: Scalars['Boolean']['output'];
  /** Members of the subsumed partnerships who have no seat on the broader body yet. */
  newMembersOfBroaderBody: Array<BodyRef>;
  /** Subsumed partnerships that do not cover the broader body's area at all. */
  notInArea: Array<Scalars['String']['output']>;
  /** Sum of the stated amounts; budgets with no stated amount are counted in budgetsWithoutAmount. */
  pooledTotal: Scalars['Float']['output'];
  seatsFreed: Scalars['Int']['output'];
  servicesChangingGovernance: Array<NodeRef>;
  subsumed: Array<PartnershipRef>;
};

export type ScenarioFigures = {
  __typename?: 'ScenarioFigures';
  partnerships: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
};

/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type Service = {
  __typename?: 'Service';
  /** LGSL code, e.g. "524", or TG-... for functions outside the LGSL list. */
  code: Scalars['ID']['output'];
  /** Bodies that deliver it on a tier's behalf (e.g. Transport for London for the GLA). */
  deliveredBy: Array<Organisation>;
  deliveredByConnection: ServiceDeliveredByConnection;
  /** The ESD list's label and status (Live/Discontinued). */
  esdLabel?: Maybe<Scalars['String']['output']>;
  esdStatus?: Maybe<Scalars['String']['output']>;
  /** GOV.UK's wording (publisher local_services.csv), when GOV.UK uses the service. */
  govukDescription?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  partnerships: Array<Partnership>;
  partnershipsConnection: ServicePartnershipsConnection;
  /** GOV.UK's providing tier: district/unitary, county/unitary or all. */
  providingTier?: Maybe<Scalars['String']['output']>;
  sourceIds: Array<Scalars['String']['output']>;
  tiers: Array<Tier>;
  tiersConnection: ServiceTiersConnection;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServiceDeliveredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServiceDeliveredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceDeliveredByConnectionSort>>;
  where?: InputMaybe<ServiceDeliveredByConnectionWhere>;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServicePartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServicePartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServicePartnershipsConnectionSort>>;
  where?: InputMaybe<ServicePartnershipsConnectionWhere>;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServiceTiersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type ServiceTiersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceTiersConnectionSort>>;
  where?: InputMaybe<ServiceTiersConnectionWhere>;
};

export type ServiceAggregate = {
  __typename?: 'ServiceAggregate';
  count: Count;
  node: ServiceAggregateNode;
};

export type ServiceAggregateNode = {
  __typename?: 'ServiceAggregateNode';
  esdLabel: StringAggregateSelection;
  esdStatus: StringAggregateSelection;
  govukDescription: StringAggregateSelection;
  name: StringAggregateSelection;
  providingTier: StringAggregateSelection;
};

export type ServiceConnectInput = {
  deliveredBy?: InputMaybe<Array<ServiceDeliveredByConnectFieldInput>>;
  partnerships?: InputMaybe<Array<ServicePartnershipsConnectFieldInput>>;
  tiers?: InputMaybe<Array<ServiceTiersConnectFieldInput>>;
};

export type ServiceConnectWhere = {
  node: ServiceWhere;
};

export type ServiceDeliveredByConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type ServiceDeliveredByConnection = {
  __typename?: 'ServiceDeliveredByConnection';
  aggregate: ServiceOrganisationDeliveredByAggregateSelection;
  edges: Array<ServiceDeliveredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceDeliveredByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServiceDeliveredByConnectionAggregateInput>>;
  NOT?: InputMaybe<ServiceDeliveredByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServiceDeliveredByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<ServiceDeliveredByNodeAggregationWhereInput>;
};

export type ServiceDeliveredByConnectionFilters = {
  /** Filter Services by aggregating results on related ServiceDeliveredByConnections */
  aggregate?: InputMaybe<ServiceDeliveredByConnectionAggregateInput>;
  /** Return Services where all of the related ServiceDeliveredByConnections match this filter */
  all?: InputMaybe<ServiceDeliveredByConnectionWhere>;
  /** Return Services where none of the related ServiceDeliveredByConnections match this filter */
  none?: InputMaybe<ServiceDeliveredByConnectionWhere>;
  /** Return Services where one of the related ServiceDeliveredByConnections match this filter */
  single?: InputMaybe<ServiceDeliveredByConnectionWhere>;
  /** Return Services where some of the related ServiceDeliveredByConnections match this filter */
  some?: InputMaybe<ServiceDeliveredByConnectionWhere>;
};

export type ServiceDeliveredByConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type ServiceDeliveredByConnectionWhere = {
  AND?: InputMaybe<Array<ServiceDeliveredByConnectionWhere>>;
  NOT?: InputMaybe<ServiceDeliveredByConnectionWhere>;
  OR?: InputMaybe<Array<ServiceDeliveredByConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type ServiceDeliveredByDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<ServiceDeliveredByConnectionWhere>;
};

export type ServiceDeliveredByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServiceDeliveredByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServiceDeliveredByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServiceDeliveredByNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServiceDeliveredByRelationship = {
  __typename?: 'ServiceDeliveredByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Dated;
};

export type ServiceDisconnectInput = {
  deliveredBy?: InputMaybe<Array<ServiceDeliveredByDisconnectFieldInput>>;
  partnerships?: InputMaybe<Array<ServicePartnershipsDisconnectFieldInput>>;
  tiers?: InputMaybe<Array<ServiceTiersDisconnectFieldInput>>;
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceGroup = {
  __typename?: 'ServiceGroup';
  basis: Scalars['String']['output'];
  services: Array<NodeRef>;
};

export type ServiceOrganisationDeliveredByAggregateSelection = {
  __typename?: 'ServiceOrganisationDeliveredByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceOrganisationDeliveredByEdgeAggregateSelection>;
  node?: Maybe<ServiceOrganisationDeliveredByNodeAggregateSelection>;
};

export type ServiceOrganisationDeliveredByEdgeAggregateSelection = {
  __typename?: 'ServiceOrganisationDeliveredByEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ServiceOrganisationDeliveredByNodeAggregateSelection = {
  __typename?: 'ServiceOrganisationDeliveredByNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ServicePartnershipPartnershipsAggregateSelection = {
  __typename?: 'ServicePartnershipPartnershipsAggregateSelection';
  count: CountConnection;
  node?: Maybe<ServicePartnershipPartnershipsNodeAggregateSelection>;
};

export type ServicePartnershipPartnershipsNodeAggregateSelection = {
  __typename?: 'ServicePartnershipPartnershipsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
  status: StringAggregateSelection;
};

export type ServicePartnershipsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type ServicePartnershipsConnection = {
  __typename?: 'ServicePartnershipsConnection';
  aggregate: ServicePartnershipPartnershipsAggregateSelection;
  edges: Array<ServicePartnershipsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServicePartnershipsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServicePartnershipsConnectionAggregateInput>>;
  NOT?: InputMaybe<ServicePartnershipsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServicePartnershipsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ServicePartnershipsNodeAggregationWhereInput>;
};

export type ServicePartnershipsConnectionFilters = {
  /** Filter Services by aggregating results on related ServicePartnershipsConnections */
  aggregate?: InputMaybe<ServicePartnershipsConnectionAggregateInput>;
  /** Return Services where all of the related ServicePartnershipsConnections match this filter */
  all?: InputMaybe<ServicePartnershipsConnectionWhere>;
  /** Return Services where none of the related ServicePartnershipsConnections match this filter */
  none?: InputMaybe<ServicePartnershipsConnectionWhere>;
  /** Return Services where one of the related ServicePartnershipsConnections match this filter */
  single?: InputMaybe<ServicePartnershipsConnectionWhere>;
  /** Return Services where some of the related ServicePartnershipsConnections match this filter */
  some?: InputMaybe<ServicePartnershipsConnectionWhere>;
};

export type ServicePartnershipsConnectionSort = {
  node?: InputMaybe<PartnershipSort>;
};

export type ServicePartnershipsConnectionWhere = {
  AND?: InputMaybe<Array<ServicePartnershipsConnectionWhere>>;
  NOT?: InputMaybe<ServicePartnershipsConnectionWhere>;
  OR?: InputMaybe<Array<ServicePartnershipsConnectionWhere>>;
  node?: InputMaybe<PartnershipWhere>;
};

export type ServicePartnershipsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<ServicePartnershipsConnectionWhere>;
};

export type ServicePartnershipsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServicePartnershipsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServicePartnershipsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServicePartnershipsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServicePartnershipsRelationship = {
  __typename?: 'ServicePartnershipsRelationship';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

export type ServiceRelationshipFilters = {
  /** Filter type where all of the related Services match this filter */
  all?: InputMaybe<ServiceWhere>;
  /** Filter type where none of the related Services match this filter */
  none?: InputMaybe<ServiceWhere>;
  /** Filter type where one of the related Services match this filter */
  single?: InputMaybe<ServiceWhere>;
  /** Filter type where some of the related Services match this filter */
  some?: InputMaybe<ServiceWhere>;
};

/** Fields to sort Services by. The order in which sorts are applied is not guaranteed when specifying many fields in one ServiceSort object. */
export type ServiceSort = {
  code?: InputMaybe<SortDirection>;
  esdLabel?: InputMaybe<SortDirection>;
  esdStatus?: InputMaybe<SortDirection>;
  govukDescription?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  providingTier?: InputMaybe<SortDirection>;
};

export type ServiceTierTiersAggregateSelection = {
  __typename?: 'ServiceTierTiersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ServiceTierTiersEdgeAggregateSelection>;
  node?: Maybe<ServiceTierTiersNodeAggregateSelection>;
};

export type ServiceTierTiersEdgeAggregateSelection = {
  __typename?: 'ServiceTierTiersEdgeAggregateSelection';
  basis: StringAggregateSelection;
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ServiceTierTiersNodeAggregateSelection = {
  __typename?: 'ServiceTierTiersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ServiceTiersConnectFieldInput = {
  connect?: InputMaybe<Array<TierConnectInput>>;
  edge: ResponsibilityCreateInput;
  where?: InputMaybe<TierConnectWhere>;
};

export type ServiceTiersConnection = {
  __typename?: 'ServiceTiersConnection';
  aggregate: ServiceTierTiersAggregateSelection;
  edges: Array<ServiceTiersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceTiersConnectionAggregateInput = {
  AND?: InputMaybe<Array<ServiceTiersConnectionAggregateInput>>;
  NOT?: InputMaybe<ServiceTiersConnectionAggregateInput>;
  OR?: InputMaybe<Array<ServiceTiersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResponsibilityAggregationWhereInput>;
  node?: InputMaybe<ServiceTiersNodeAggregationWhereInput>;
};

export type ServiceTiersConnectionFilters = {
  /** Filter Services by aggregating results on related ServiceTiersConnections */
  aggregate?: InputMaybe<ServiceTiersConnectionAggregateInput>;
  /** Return Services where all of the related ServiceTiersConnections match this filter */
  all?: InputMaybe<ServiceTiersConnectionWhere>;
  /** Return Services where none of the related ServiceTiersConnections match this filter */
  none?: InputMaybe<ServiceTiersConnectionWhere>;
  /** Return Services where one of the related ServiceTiersConnections match this filter */
  single?: InputMaybe<ServiceTiersConnectionWhere>;
  /** Return Services where some of the related ServiceTiersConnections match this filter */
  some?: InputMaybe<ServiceTiersConnectionWhere>;
};

export type ServiceTiersConnectionSort = {
  edge?: InputMaybe<ResponsibilitySort>;
  node?: InputMaybe<TierSort>;
};

export type ServiceTiersConnectionWhere = {
  AND?: InputMaybe<Array<ServiceTiersConnectionWhere>>;
  NOT?: InputMaybe<ServiceTiersConnectionWhere>;
  OR?: InputMaybe<Array<ServiceTiersConnectionWhere>>;
  edge?: InputMaybe<ResponsibilityWhere>;
  node?: InputMaybe<TierWhere>;
};

export type ServiceTiersDisconnectFieldInput = {
  disconnect?: InputMaybe<TierDisconnectInput>;
  where?: InputMaybe<ServiceTiersConnectionWhere>;
};

export type ServiceTiersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ServiceTiersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ServiceTiersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ServiceTiersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServiceTiersRelationship = {
  __typename?: 'ServiceTiersRelationship';
  cursor: Scalars['String']['output'];
  node: Tier;
  properties: Responsibility;
};

export type ServiceWhere = {
  AND?: InputMaybe<Array<ServiceWhere>>;
  NOT?: InputMaybe<ServiceWhere>;
  OR?: InputMaybe<Array<ServiceWhere>>;
  code?: InputMaybe<IdScalarFilters>;
  deliveredBy?: InputMaybe<OrganisationRelationshipFilters>;
  deliveredByConnection?: InputMaybe<ServiceDeliveredByConnectionFilters>;
  esdLabel?: InputMaybe<StringScalarFilters>;
  esdStatus?: InputMaybe<StringScalarFilters>;
  govukDescription?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partnerships?: InputMaybe<PartnershipRelationshipFilters>;
  partnershipsConnection?: InputMaybe<ServicePartnershipsConnectionFilters>;
  providingTier?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  tiers?: InputMaybe<TierRelationshipFilters>;
  tiersConnection?: InputMaybe<ServiceTiersConnectionFilters>;
};

export type ServicesConnection = {
  __typename?: 'ServicesConnection';
  aggregate: ServiceAggregate;
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** A dataset (with vintage and licence), a council paper, or a piece of legislation. */
export type Source = {
  __typename?: 'Source';
  attribution?: Maybe<Scalars['String']['output']>;
  /** The file in seeds/ it was loaded from. */
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** dataset, paper, legislation or guidance */
  kind: Scalars['String']['output'];
  licence?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** For datasets: the vintage of the data; for papers: their date. */
  vintage?: Maybe<Scalars['String']['output']>;
};

export type SourceAggregate = {
  __typename?: 'SourceAggregate';
  count: Count;
  node: SourceAggregateNode;
};

export type SourceAggregateNode = {
  __typename?: 'SourceAggregateNode';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type SourceConnectWhere = {
  node: SourceWhere;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** A source behind an answer. */
export type SourceRef = {
  __typename?: 'SourceRef';
  attribution?: Maybe<Scalars['String']['output']>;
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  licence?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceRelationshipFilters = {
  /** Filter type where all of the related Sources match this filter */
  all?: InputMaybe<SourceWhere>;
  /** Filter type where none of the related Sources match this filter */
  none?: InputMaybe<SourceWhere>;
  /** Filter type where one of the related Sources match this filter */
  single?: InputMaybe<SourceWhere>;
  /** Filter type where some of the related Sources match this filter */
  some?: InputMaybe<SourceWhere>;
};

/** Fields to sort Sources by. The order in which sorts are applied is not guaranteed when specifying many fields in one SourceSort object. */
export type SourceSort = {
  attribution?: InputMaybe<SortDirection>;
  file?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  licence?: InputMaybe<SortDirection>;
  publisher?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
  vintage?: InputMaybe<SortDirection>;
};

export type SourceWhere = {
  AND?: InputMaybe<Array<SourceWhere>>;
  NOT?: InputMaybe<SourceWhere>;
  OR?: InputMaybe<Array<SourceWhere>>;
  attribution?: InputMaybe<StringScalarFilters>;
  file?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  licence?: InputMaybe<StringScalarFilters>;
  publisher?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  url?: InputMaybe<StringScalarFilters>;
  vintage?: InputMaybe<StringScalarFilters>;
};

export type SourcesConnection = {
  __typename?: 'SourcesConnection';
  aggregate: SourceAggregate;
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatedTotal = {
  __typename?: 'StatedTotal';
  amount?: Maybe<Scalars['Float']['output']>;
  cite?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['String']['output']>;
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

/** A tier of local government: what kind of body it is and what it is responsible for. */
export type Tier = {
  __typename?: 'Tier';
  authorities: Array<Authority>;
  authoritiesConnection: TierAuthoritiesConnection;
  /** COUNTY, DISTRICT, PARISH, UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH, CITY_OF_LONDON, GLA, COMBINED_AUTHORITY */
  code: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  responsibilities: Array<Service>;
  responsibilitiesConnection: TierResponsibilitiesConnection;
  sourceIds: Array<Scalars['String']['output']>;
};


/** A tier of local government: what kind of body it is and what it is responsible for. */
export type TierAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/** A tier of local government: what kind of body it is and what it is responsible for. */
export type TierAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierAuthoritiesConnectionSort>>;
  where?: InputMaybe<TierAuthoritiesConnectionWhere>;
};


/** A tier of local government: what kind of body it is and what it is responsible for. */
export type TierResponsibilitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ServiceSort>>;
  where?: InputMaybe<ServiceWhere>;
};


/** A tier of local government: what kind of body it is and what it is responsible for. */
export type TierResponsibilitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierResponsibilitiesConnectionSort>>;
  where?: InputMaybe<TierResponsibilitiesConnectionWhere>;
};

export type TierAggregate = {
  __typename?: 'TierAggregate';
  count: Count;
  node: TierAggregateNode;
};

export type TierAggregateNode = {
  __typename?: 'TierAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type TierAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type TierAuthoritiesConnection = {
  __typename?: 'TierAuthoritiesConnection';
  aggregate: TierAuthorityAuthoritiesAggregateSelection;
  edges: Array<TierAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TierAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<TierAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<TierAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<TierAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TierAuthoritiesNodeAggregationWhereInput>;
};

export type TierAuthoritiesConnectionFilters = {
  /** Filter Tiers by aggregating results on related TierAuthoritiesConnections */
  aggregate?: InputMaybe<TierAuthoritiesConnectionAggregateInput>;
  /** Return Tiers where all of the related TierAuthoritiesConnections match this filter */
  all?: InputMaybe<TierAuthoritiesConnectionWhere>;
  /** Return Tiers where none of the related TierAuthoritiesConnections match this filter */
  none?: InputMaybe<TierAuthoritiesConnectionWhere>;
  /** Return Tiers where one of the related TierAuthoritiesConnections match this filter */
  single?: InputMaybe<TierAuthoritiesConnectionWhere>;
  /** Return Tiers where some of the related TierAuthoritiesConnections match this filter */
  some?: InputMaybe<TierAuthoritiesConnectionWhere>;
};

export type TierAuthoritiesConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type TierAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<TierAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<TierAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<TierAuthoritiesConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type TierAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<TierAuthoritiesConnectionWhere>;
};

export type TierAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TierAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TierAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TierAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type TierAuthoritiesRelationship = {
  __typename?: 'TierAuthoritiesRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type TierAuthorityAuthoritiesAggregateSelection = {
  __typename?: 'TierAuthorityAuthoritiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<TierAuthorityAuthoritiesNodeAggregateSelection>;
};

export type TierAuthorityAuthoritiesNodeAggregateSelection = {
  __typename?: 'TierAuthorityAuthoritiesNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type TierConnectInput = {
  authorities?: InputMaybe<Array<TierAuthoritiesConnectFieldInput>>;
  responsibilities?: InputMaybe<Array<TierResponsibilitiesConnectFieldInput>>;
};

export type TierConnectWhere = {
  node: TierWhere;
};

export type TierDisconnectInput = {
  authorities?: InputMaybe<Array<TierAuthoritiesDisconnectFieldInput>>;
  responsibilities?: InputMaybe<Array<TierResponsibilitiesDisconnectFieldInput>>;
};

export type TierEdge = {
  __typename?: 'TierEdge';
  cursor: Scalars['String']['output'];
  node: Tier;
};

/** Services × tiers: the whole "who does what" table. */
export type TierMatrix = {
  __typename?: 'TierMatrix';
  rows: Array<TierMatrixRow>;
  tiers: Array<NodeRef>;
};

export type TierMatrixCell = {
  __typename?: 'TierMatrixCell';
  /** null when the tier has no responsibility for the service. */
  basis?: Maybe<Scalars['String']['output']>;
  tier: Scalars['String']['output'];
};

export type TierMatrixRow = {
  __typename?: 'TierMatrixRow';
  cells: Array<TierMatrixCell>;
  /** GOV.UK's providing tier, where GOV.UK uses the service. */
  providingTier?: Maybe<Scalars['String']['output']>;
  service: NodeRef;
};

export type TierRelationshipFilters = {
  /** Filter type where all of the related Tiers match this filter */
  all?: InputMaybe<TierWhere>;
  /** Filter type where none of the related Tiers match this filter */
  none?: InputMaybe<TierWhere>;
  /** Filter type where one of the related Tiers match this filter */
  single?: InputMaybe<TierWhere>;
  /** Filter type where some of the related Tiers match this filter */
  some?: InputMaybe<TierWhere>;
};

export type TierResponsibilitiesConnectFieldInput = {
  connect?: InputMaybe<Array<ServiceConnectInput>>;
  edge: ResponsibilityCreateInput;
  where?: InputMaybe<ServiceConnectWhere>;
};

export type TierResponsibilitiesConnection = {
  __typename?: 'TierResponsibilitiesConnection';
  aggregate: TierServiceResponsibilitiesAggregateSelection;
  edges: Array<TierResponsibilitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TierResponsibilitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<TierResponsibilitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<TierResponsibilitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<TierResponsibilitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResponsibilityAggregationWhereInput>;
  node?: InputMaybe<TierResponsibilitiesNodeAggregationWhereInput>;
};

export type TierResponsibilitiesConnectionFilters = {
  /** Filter Tiers by aggregating results on related TierResponsibilitiesConnections */
  aggregate?: InputMaybe<TierResponsibilitiesConnectionAggregateInput>;
  /** Return Tiers where all of the related TierResponsibilitiesConnections match this filter */
  all?: InputMaybe<TierResponsibilitiesConnectionWhere>;
  /** Return Tiers where none of the related TierResponsibilitiesConnections match this filter */
  none?: InputMaybe<TierResponsibilitiesConnectionWhere>;
  /** Return Tiers where one of the related TierResponsibilitiesConnections match this filter */
  single?: InputMaybe<TierResponsibilitiesConnectionWhere>;
  /** Return Tiers where some of the related TierResponsibilitiesConnections match this filter */
  some?: InputMaybe<TierResponsibilitiesConnectionWhere>;
};

export type TierResponsibilitiesConnectionSort = {
  edge?: InputMaybe<ResponsibilitySort>;
  node?: InputMaybe<ServiceSort>;
};

export type TierResponsibilitiesConnectionWhere = {
  AND?: InputMaybe<Array<TierResponsibilitiesConnectionWhere>>;
  NOT?: InputMaybe<TierResponsibilitiesConnectionWhere>;
  OR?: InputMaybe<Array<TierResponsibilitiesConnectionWhere>>;
  edge?: InputMaybe<ResponsibilityWhere>;
  node?: InputMaybe<ServiceWhere>;
};

export type TierResponsibilitiesDisconnectFieldInput = {
  disconnect?: InputMaybe<ServiceDisconnectInput>;
  where?: InputMaybe<TierResponsibilitiesConnectionWhere>;
};

export type TierResponsibilitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TierResponsibilitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TierResponsibilitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TierResponsibilitiesNodeAggregationWhereInput>>;
  esdLabel?: InputMaybe<StringScalarAggregationFilters>;
  esdStatus?: InputMaybe<StringScalarAggregationFilters>;
  govukDescription?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  providingTier?: InputMaybe<StringScalarAggregationFilters>;
};

export type TierResponsibilitiesRelationship = {
  __typename?: 'TierResponsibilitiesRelationship';
  cursor: Scalars['String']['output'];
  node: Service;
  properties: Responsibility;
};

export type TierServiceResponsibilitiesAggregateSelection = {
  __typename?: 'TierServiceResponsibilitiesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TierServiceResponsibilitiesEdgeAggregateSelection>;
  node?: Maybe<TierServiceResponsibilitiesNodeAggregateSelection>;
};

export type TierServiceResponsibilitiesEdgeAggregateSelection = {
  __typename?: 'TierServiceResponsibilitiesEdgeAggregateSelection';
  basis: StringAggregateSelection;
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type TierServiceResponsibilitiesNodeAggregateSelection = {
  __typename?: 'TierServiceResponsibilitiesNodeAggregateSelection';
  esdLabel: StringAggregateSelection;
  esdStatus: StringAggregateSelection;
  govukDescription: StringAggregateSelection;
  name: StringAggregateSelection;
  providingTier: StringAggregateSelection;
};

/** Fields to sort Tiers by. The order in which sorts are applied is not guaranteed when specifying many fields in one TierSort object. */
export type TierSort = {
  code?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type TierStreamTotal = {
  __typename?: 'TierStreamTotal';
  amount: Scalars['Float']['output'];
  bodies: Scalars['Int']['output'];
  stream: Scalars['String']['output'];
  streamId: Scalars['String']['output'];
  tier: Scalars['String']['output'];
};

export type TierWhere = {
  AND?: InputMaybe<Array<TierWhere>>;
  NOT?: InputMaybe<TierWhere>;
  OR?: InputMaybe<Array<TierWhere>>;
  authorities?: InputMaybe<AuthorityRelationshipFilters>;
  authoritiesConnection?: InputMaybe<TierAuthoritiesConnectionFilters>;
  code?: InputMaybe<IdScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  responsibilities?: InputMaybe<ServiceRelationshipFilters>;
  responsibilitiesConnection?: InputMaybe<TierResponsibilitiesConnectionFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
};

export type TiersConnection = {
  __typename?: 'TiersConnection';
  aggregate: TierAggregate;
  edges: Array<TierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TwoTierSplit = {
  __typename?: 'TwoTierSplit';
  /** What the stream's source sets (New Homes Bonus: 0.8). */
  expectedLowerTierShare?: Maybe<Scalars['Float']['output']>;
  lowerTier: Scalars['Float']['output'];
  /** What the data shows. */
  lowerTierShare?: Maybe<Scalars['Float']['output']>;
  /** True for a county area, where the two-tier rule applies. */
  ruleApplies: Scalars['Boolean']['output'];
  sources: Array<Scalars['String']['output']>;
  stream: Scalars['String']['output'];
  upperTier: Scalars['Float']['output'];
};

/** The part of a district that has no parish (ONS pseudo-parish E43). */
export type UnparishedArea = {
  __typename?: 'UnparishedArea';
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: UnparishedAreaSourcesConnection;
  within: Array<Authority>;
  withinConnection: UnparishedAreaWithinConnection;
};


/** The part of a district that has no parish (ONS pseudo-parish E43). */
export type UnparishedAreaSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** The part of a district that has no parish (ONS pseudo-parish E43). */
export type UnparishedAreaSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UnparishedAreaSourcesConnectionSort>>;
  where?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
};


/** The part of a district that has no parish (ONS pseudo-parish E43). */
export type UnparishedAreaWithinArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/** The part of a district that has no parish (ONS pseudo-parish E43). */
export type UnparishedAreaWithinConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UnparishedAreaWithinConnectionSort>>;
  where?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
};

export type UnparishedAreaAggregate = {
  __typename?: 'UnparishedAreaAggregate';
  count: Count;
  node: UnparishedAreaAggregateNode;
};

export type UnparishedAreaAggregateNode = {
  __typename?: 'UnparishedAreaAggregateNode';
  name: StringAggregateSelection;
};

export type UnparishedAreaAuthorityWithinAggregateSelection = {
  __typename?: 'UnparishedAreaAuthorityWithinAggregateSelection';
  count: CountConnection;
  edge?: Maybe<UnparishedAreaAuthorityWithinEdgeAggregateSelection>;
  node?: Maybe<UnparishedAreaAuthorityWithinNodeAggregateSelection>;
};

export type UnparishedAreaAuthorityWithinEdgeAggregateSelection = {
  __typename?: 'UnparishedAreaAuthorityWithinEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type UnparishedAreaAuthorityWithinNodeAggregateSelection = {
  __typename?: 'UnparishedAreaAuthorityWithinNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type UnparishedAreaConnectInput = {
  sources?: InputMaybe<Array<UnparishedAreaSourcesConnectFieldInput>>;
  within?: InputMaybe<Array<UnparishedAreaWithinConnectFieldInput>>;
};

export type UnparishedAreaConnectWhere = {
  node: UnparishedAreaWhere;
};

export type UnparishedAreaDisconnectInput = {
  sources?: InputMaybe<Array<UnparishedAreaSourcesDisconnectFieldInput>>;
  within?: InputMaybe<Array<UnparishedAreaWithinDisconnectFieldInput>>;
};

export type UnparishedAreaEdge = {
  __typename?: 'UnparishedAreaEdge';
  cursor: Scalars['String']['output'];
  node: UnparishedArea;
};

export type UnparishedAreaRelationshipFilters = {
  /** Filter type where all of the related UnparishedAreas match this filter */
  all?: InputMaybe<UnparishedAreaWhere>;
  /** Filter type where none of the related UnparishedAreas match this filter */
  none?: InputMaybe<UnparishedAreaWhere>;
  /** Filter type where one of the related UnparishedAreas match this filter */
  single?: InputMaybe<UnparishedAreaWhere>;
  /** Filter type where some of the related UnparishedAreas match this filter */
  some?: InputMaybe<UnparishedAreaWhere>;
};

/** Fields to sort UnparishedAreas by. The order in which sorts are applied is not guaranteed when specifying many fields in one UnparishedAreaSort object. */
export type UnparishedAreaSort = {
  code?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type UnparishedAreaSourceSourcesAggregateSelection = {
  __typename?: 'UnparishedAreaSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<UnparishedAreaSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<UnparishedAreaSourceSourcesNodeAggregateSelection>;
};

export type UnparishedAreaSourceSourcesEdgeAggregateSelection = {
  __typename?: 'UnparishedAreaSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type UnparishedAreaSourceSourcesNodeAggregateSelection = {
  __typename?: 'UnparishedAreaSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type UnparishedAreaSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type UnparishedAreaSourcesConnection = {
  __typename?: 'UnparishedAreaSourcesConnection';
  aggregate: UnparishedAreaSourceSourcesAggregateSelection;
  edges: Array<UnparishedAreaSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UnparishedAreaSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<UnparishedAreaSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<UnparishedAreaSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<UnparishedAreaSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<UnparishedAreaSourcesNodeAggregationWhereInput>;
};

export type UnparishedAreaSourcesConnectionFilters = {
  /** Filter UnparishedAreas by aggregating results on related UnparishedAreaSourcesConnections */
  aggregate?: InputMaybe<UnparishedAreaSourcesConnectionAggregateInput>;
  /** Return UnparishedAreas where all of the related UnparishedAreaSourcesConnections match this filter */
  all?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
  /** Return UnparishedAreas where none of the related UnparishedAreaSourcesConnections match this filter */
  none?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
  /** Return UnparishedAreas where one of the related UnparishedAreaSourcesConnections match this filter */
  single?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
  /** Return UnparishedAreas where some of the related UnparishedAreaSourcesConnections match this filter */
  some?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
};

export type UnparishedAreaSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type UnparishedAreaSourcesConnectionWhere = {
  AND?: InputMaybe<Array<UnparishedAreaSourcesConnectionWhere>>;
  NOT?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
  OR?: InputMaybe<Array<UnparishedAreaSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type UnparishedAreaSourcesDisconnectFieldInput = {
  where?: InputMaybe<UnparishedAreaSourcesConnectionWhere>;
};

export type UnparishedAreaSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<UnparishedAreaSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<UnparishedAreaSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<UnparishedAreaSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type UnparishedAreaSourcesRelationship = {
  __typename?: 'UnparishedAreaSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type UnparishedAreaWhere = {
  AND?: InputMaybe<Array<UnparishedAreaWhere>>;
  NOT?: InputMaybe<UnparishedAreaWhere>;
  OR?: InputMaybe<Array<UnparishedAreaWhere>>;
  code?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<UnparishedAreaSourcesConnectionFilters>;
  within?: InputMaybe<AuthorityRelationshipFilters>;
  withinConnection?: InputMaybe<UnparishedAreaWithinConnectionFilters>;
};

export type UnparishedAreaWithinConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type UnparishedAreaWithinConnection = {
  __typename?: 'UnparishedAreaWithinConnection';
  aggregate: UnparishedAreaAuthorityWithinAggregateSelection;
  edges: Array<UnparishedAreaWithinRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UnparishedAreaWithinConnectionAggregateInput = {
  AND?: InputMaybe<Array<UnparishedAreaWithinConnectionAggregateInput>>;
  NOT?: InputMaybe<UnparishedAreaWithinConnectionAggregateInput>;
  OR?: InputMaybe<Array<UnparishedAreaWithinConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<UnparishedAreaWithinNodeAggregationWhereInput>;
};

export type UnparishedAreaWithinConnectionFilters = {
  /** Filter UnparishedAreas by aggregating results on related UnparishedAreaWithinConnections */
  aggregate?: InputMaybe<UnparishedAreaWithinConnectionAggregateInput>;
  /** Return UnparishedAreas where all of the related UnparishedAreaWithinConnections match this filter */
  all?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
  /** Return UnparishedAreas where none of the related UnparishedAreaWithinConnections match this filter */
  none?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
  /** Return UnparishedAreas where one of the related UnparishedAreaWithinConnections match this filter */
  single?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
  /** Return UnparishedAreas where some of the related UnparishedAreaWithinConnections match this filter */
  some?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
};

export type UnparishedAreaWithinConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type UnparishedAreaWithinConnectionWhere = {
  AND?: InputMaybe<Array<UnparishedAreaWithinConnectionWhere>>;
  NOT?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
  OR?: InputMaybe<Array<UnparishedAreaWithinConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type UnparishedAreaWithinDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<UnparishedAreaWithinConnectionWhere>;
};

export type UnparishedAreaWithinNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<UnparishedAreaWithinNodeAggregationWhereInput>>;
  NOT?: InputMaybe<UnparishedAreaWithinNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<UnparishedAreaWithinNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type UnparishedAreaWithinRelationship = {
  __typename?: 'UnparishedAreaWithinRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type UnparishedAreasConnection = {
  __typename?: 'UnparishedAreasConnection';
  aggregate: UnparishedAreaAggregate;
  edges: Array<UnparishedAreaEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type UpdateNotesMutationResponse = {
  __typename?: 'UpdateNotesMutationResponse';
  info: UpdateInfo;
  notes: Array<Note>;
};

export type SubsumptionQueryVariables = Exact<{
  by: string;
  minScore?: number | null | undefined;
}>;


export type SubsumptionQuery = { subsumptionCandidates: Array<{ score: number, areaScore: number, memberScore: number | null, themeScore: number | null, sharedThemes: Array<string>, notRecorded: Array<string>, blockers: Array<string>, canAbolish: boolean, recommendation: string, partnership: { id: string, name: string, kind: string, statutory: boolean }, areaInside: Array<{ code: string }>, areaOutside: Array<{ code: string }>, sharedMembers: Array<{ code: string }>, missingMembers: Array<{ code: string }> }> };

export type OverlapQueryVariables = Exact<{
  area?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type OverlapQuery = { partnershipOverlap: { area: string | null, pairs: Array<{ sharedThemes: Array<string>, memberJaccard: number, themeJaccard: number, areaJaccard: number, a: { id: string, name: string }, b: { id: string, name: string }, sharedMembers: Array<{ code: string }> }> } };

export type ScenarioQueryVariables = Exact<{
  by: string;
  subsume: Array<string> | string;
}>;


export type ScenarioQuery = { rationalisationScenario: { notInArea: Array<string>, seatsFreed: number, pooledTotal: number, budgetsWithoutAmount: number, blockers: Array<string>, changed: boolean, by: { code: string, name: string }, subsumed: Array<{ id: string, name: string, statutory: boolean }>, before: { partnerships: number, seats: number }, after: { partnerships: number, seats: number }, newMembersOfBroaderBody: Array<{ code: string, name: string }>, budgetsPooled: Array<{ id: string, amount: number | null, kind: string, stream: string | null }>, servicesChangingGovernance: Array<{ code: string, name: string }> } };

export type FundingFlowsQueryVariables = Exact<{
  to?: string | null | undefined;
  from?: string | null | undefined;
  stream?: string | null | undefined;
  year?: string | null | undefined;
}>;


export type FundingFlowsQuery = { fundingFlows: { count: number, total: number, withoutAmount: number, flows: Array<{ id: string, amount: number | null, year: string | null, kind: string, sources: Array<string>, stream: { id: string } | null, to: { code: string, name: string } | null, from: { code: string } | null }> } };

export type FundingSummaryQueryVariables = Exact<{
  area: string;
  year: string;
}>;


export type FundingSummaryQuery = { fundingSummary: { lowerTierBodies: number, datasetTotal: number, area: { code: string, name: string }, byTierAndStream: Array<{ tier: string, streamId: string, amount: number, bodies: number }>, twoTierSplits: Array<{ stream: string, lowerTier: number, upperTier: number, lowerTierShare: number | null, expectedLowerTierShare: number | null, ruleApplies: boolean, sources: Array<string> }>, statedTotals: Array<{ description: string | null, amount: number | null, source: string | null, cite: string | null, quote: string | null }> } };

export type AuthorityByCodeQueryVariables = Exact<{
  code: string;
}>;


export type AuthorityByCodeQuery = { authorities: Array<{ code: string, name: string, type: string, current: boolean, validFrom: string | null, validTo: string | null, tier: Array<{ code: string }>, within: Array<{ code: string, name: string }>, children: Array<{ code: string, name: string, type: string }>, replacedBy: Array<{ code: string, name: string }>, combinedAuthorities: Array<{ code: string, name: string }>, partnerships: Array<{ id: string, name: string, kind: string }>, sourcesConnection: { edges: Array<{ properties: { cite: string | null }, node: { id: string, kind: string, licence: string | null } }> } }> };

export type AuthoritiesByNameQueryVariables = Exact<{
  name: string;
}>;


export type AuthoritiesByNameQuery = { authorities: Array<{ code: string, name: string, type: string, current: boolean }> };

export type ParishByCodeQueryVariables = Exact<{
  code: string;
}>;


export type ParishByCodeQuery = { parishes: Array<{ code: string, name: string, councilStatus: string, tier: Array<{ code: string }>, withinConnection: { edges: Array<{ properties: { validFrom: string | null, validTo: string | null, source: string }, node: { code: string, name: string, current: boolean } }> } }> };

export type ServiceTiersQueryVariables = Exact<{
  code: string;
}>;


export type ServiceTiersQuery = { services: Array<{ code: string, name: string, providingTier: string | null, tiersConnection: { edges: Array<{ properties: { basis: string, source: string }, node: { code: string } }> }, deliveredBy: Array<{ id: string, name: string }> }> };

export type FundingOfQueryVariables = Exact<{
  code: string;
  year: string;
}>;


export type FundingOfQuery = { authorities: Array<{ name: string, fundingReceived: Array<{ amount: number | null, year: string | null, kind: string, stream: Array<{ id: string, name: string }>, fromOrganisation: Array<{ id: string }>, sources: Array<{ id: string, title: string }> }> }> };

export type PartnershipByNameQueryVariables = Exact<{
  name: string;
}>;


export type PartnershipByNameQuery = { partnerships: Array<{ id: string, name: string, kind: string, statutory: boolean, legalBasis: Array<string>, status: string, themes: Array<string>, covers: Array<{ code: string, name: string }>, membersConnection: { edges: Array<{ properties: { role: string, source: string, cite: string | null }, node:
          | { __typename: 'Authority', code: string, name: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Partnership', id: string, name: string }
         }> }, sourcesConnection: { edges: Array<{ properties: { cite: string | null, quote: string | null }, node: { id: string, kind: string, file: string | null } }> } }> };

export type PostcodeQueryVariables = Exact<{
  code: string;
  on?: string | null | undefined;
}>;


export type PostcodeQuery = { postcode: { postcode: string, on: string, note: string, bodies: Array<{ relationship: string, body: { code: string, name: string, type: string }, path: Array<{ relationship: string, source: string, from: { label: string, code: string }, to: { code: string } }> }>, sources: Array<{ id: string, attribution: string | null }> } };

export type WhoDeliversQueryVariables = Exact<{
  service: string;
  place: string;
  on?: string | null | undefined;
}>;


export type WhoDeliversQuery = { whoDelivers: Array<{ on: string, tier: string, basis: string, note: string | null, service: { code: string, name: string }, place: { label: string, code: string, name: string }, authority: { code: string, name: string, type: string }, deliveredBy: Array<{ code: string, name: string }>, path: Array<{ relationship: string, validFrom: string | null, validTo: string | null, source: string, cite: string | null, from: { label: string, code: string }, to: { label: string, code: string } }>, sources: Array<{ id: string, kind: string, title: string, licence: string | null }> }> };

export type ServicesOfQueryVariables = Exact<{
  authority: string;
  on?: string | null | undefined;
}>;


export type ServicesOfQuery = { servicesOf: { on: string, tiers: Array<string>, authority: { code: string, name: string, type: string }, groups: Array<{ basis: string, services: Array<{ code: string, name: string }> }> } };

export type TierMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type TierMatrixQuery = { tierMatrix: { tiers: Array<{ code: string, name: string }>, rows: Array<{ providingTier: string | null, service: { code: string, name: string }, cells: Array<{ tier: string, basis: string | null }> }> } };


export const SubsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subsumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsumptionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"minScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"areaScore"}},{"kind":"Field","name":{"kind":"Name","value":"memberScore"}},{"kind":"Field","name":{"kind":"Name","value":"themeScore"}},{"kind":"Field","name":{"kind":"Name","value":"areaInside"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOutside"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"notRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"}},{"kind":"Field","name":{"kind":"Name","value":"canAbolish"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}}]}}]} as unknown as DocumentNode<SubsumptionQuery, SubsumptionQueryVariables>;
export const OverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"memberJaccard"}},{"kind":"Field","name":{"kind":"Name","value":"themeJaccard"}},{"kind":"Field","name":{"kind":"Name","value":"areaJaccard"}}]}}]}}]}}]} as unknown as DocumentNode<OverlapQuery, OverlapQueryVariables>;
export const ScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subsume"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationalisationScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"subsume"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subsume"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsumed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInArea"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatsFreed"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersOfBroaderBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetsPooled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledTotal"}},{"kind":"Field","name":{"kind":"Name","value":"budgetsWithoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"servicesChangingGovernance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockers"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const FundingFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]} as unknown as DocumentNode<FundingFlowsQuery, FundingFlowsQueryVariables>;
export const FundingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowerTierBodies"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"byTierAndStream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"bodies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twoTierSplits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"lowerTier"}},{"kind":"Field","name":{"kind":"Name","value":"upperTier"}},{"kind":"Field","name":{"kind":"Name","value":"lowerTierShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLowerTierShare"}},{"kind":"Field","name":{"kind":"Name","value":"ruleApplies"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]} as unknown as DocumentNode<FundingSummaryQuery, FundingSummaryQueryVariables>;
export const AuthorityByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"within"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"current"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"combinedAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityByCodeQuery, AuthorityByCodeQueryVariables>;
export const AuthoritiesByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthoritiesByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<AuthoritiesByNameQuery, AuthoritiesByNameQueryVariables>;
export const ParishByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParishByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"councilStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withinConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParishByCodeQuery, ParishByCodeQueryVariables>;
export const ServiceTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providingTier"}},{"kind":"Field","name":{"kind":"Name","value":"tiersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"ASC"}}]}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceTiersQuery, ServiceTiersQueryVariables>;
export const FundingOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fundingReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingOfQuery, FundingOfQueryVariables>;
export const PartnershipByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"covers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipByNameQuery, PartnershipByNameQueryVariables>;
export const PostcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Postcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PostcodeQuery, PostcodeQueryVariables>;
export const WhoDeliversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoDelivers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoDelivers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<WhoDeliversQuery, WhoDeliversQueryVariables>;
export const ServicesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicesOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authority"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServicesOfQuery, ServicesOfQueryVariables>;
export const TierMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providingTier"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TierMatrixQuery, TierMatrixQueryVariables>;