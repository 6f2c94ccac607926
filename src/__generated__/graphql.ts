import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD (e.g. 2024-04-01). Anything else, 2020-02-30 included, is refused. */
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
  /** Where the sources disagree about this authority's county, region, type or end date, and how it was settled. */
  conflicts: Array<Conflict>;
  conflictsConnection: AuthorityConflictsConnection;
  /** For a combined authority: its constituent councils. */
  constituents: Array<Authority>;
  constituentsConnection: AuthorityConstituentsConnection;
  current: Scalars['Boolean']['output'];
  fireAuthorities: Array<Authority>;
  fireAuthoritiesConnection: AuthorityFireAuthoritiesConnection;
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
  tiers: Array<Tier>;
  tiersConnection: AuthorityTiersConnection;
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
export type AuthorityConflictsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ConflictSort>>;
  where?: InputMaybe<ConflictWhere>;
};


/**
 * A council or other public body with an ONS GSS code: county (E10), district (E07), unitary
 * (E06), metropolitan district (E08), London borough and the City (E09), combined authority
 * (E47), the GLA (E61000001), fire and rescue authority (E31). Abolished ones are kept.
 */
export type AuthorityConflictsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityConflictsConnectionSort>>;
  where?: InputMaybe<AuthorityConflictsConnectionWhere>;
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
export type AuthorityFireAuthoritiesArgs = {
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
export type AuthorityFireAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityFireAuthoritiesConnectionSort>>;
  where?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
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
export type AuthorityTiersArgs = {
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
export type AuthorityTiersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthorityTiersConnectionSort>>;
  where?: InputMaybe<AuthorityTiersConnectionWhere>;
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
  membershipBounds: StringAggregateSelection;
  source: StringAggregateSelection;
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
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
  membershipBounds: StringAggregateSelection;
  source: StringAggregateSelection;
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
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

export type AuthorityAuthorityFireAuthoritiesAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthoritiesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection>;
  node?: Maybe<AuthorityAuthorityFireAuthoritiesNodeAggregateSelection>;
};

export type AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityAuthorityFireAuthoritiesNodeAggregateSelection = {
  __typename?: 'AuthorityAuthorityFireAuthoritiesNodeAggregateSelection';
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
  edge: ConstituencyCreateInput;
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
  edge?: InputMaybe<ConstituencyAggregationWhereInput>;
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
  edge?: InputMaybe<ConstituencySort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityCombinedAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<AuthorityCombinedAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectionWhere>>;
  edge?: InputMaybe<ConstituencyWhere>;
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
  properties: Constituency;
};

export type AuthorityConflictConflictsAggregateSelection = {
  __typename?: 'AuthorityConflictConflictsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AuthorityConflictConflictsEdgeAggregateSelection>;
  node?: Maybe<AuthorityConflictConflictsNodeAggregateSelection>;
};

export type AuthorityConflictConflictsEdgeAggregateSelection = {
  __typename?: 'AuthorityConflictConflictsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type AuthorityConflictConflictsNodeAggregateSelection = {
  __typename?: 'AuthorityConflictConflictsNodeAggregateSelection';
  field: StringAggregateSelection;
  name: StringAggregateSelection;
  reason: StringAggregateSelection;
  settled: StringAggregateSelection;
  subject: StringAggregateSelection;
};

export type AuthorityConflictsConnectFieldInput = {
  connect?: InputMaybe<Array<ConflictConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<ConflictConnectWhere>;
};

export type AuthorityConflictsConnection = {
  __typename?: 'AuthorityConflictsConnection';
  aggregate: AuthorityConflictConflictsAggregateSelection;
  edges: Array<AuthorityConflictsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityConflictsConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityConflictsConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityConflictsConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityConflictsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityConflictsNodeAggregationWhereInput>;
};

export type AuthorityConflictsConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityConflictsConnections */
  aggregate?: InputMaybe<AuthorityConflictsConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityConflictsConnections match this filter */
  all?: InputMaybe<AuthorityConflictsConnectionWhere>;
  /** Return Authorities where none of the related AuthorityConflictsConnections match this filter */
  none?: InputMaybe<AuthorityConflictsConnectionWhere>;
  /** Return Authorities where one of the related AuthorityConflictsConnections match this filter */
  single?: InputMaybe<AuthorityConflictsConnectionWhere>;
  /** Return Authorities where some of the related AuthorityConflictsConnections match this filter */
  some?: InputMaybe<AuthorityConflictsConnectionWhere>;
};

export type AuthorityConflictsConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<ConflictSort>;
};

export type AuthorityConflictsConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityConflictsConnectionWhere>>;
  NOT?: InputMaybe<AuthorityConflictsConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityConflictsConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<ConflictWhere>;
};

export type AuthorityConflictsDisconnectFieldInput = {
  disconnect?: InputMaybe<ConflictDisconnectInput>;
  where?: InputMaybe<AuthorityConflictsConnectionWhere>;
};

export type AuthorityConflictsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityConflictsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityConflictsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityConflictsNodeAggregationWhereInput>>;
  field?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  reason?: InputMaybe<StringScalarAggregationFilters>;
  settled?: InputMaybe<StringScalarAggregationFilters>;
  subject?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityConflictsRelationship = {
  __typename?: 'AuthorityConflictsRelationship';
  cursor: Scalars['String']['output'];
  node: Conflict;
  properties: Dated;
};

export type AuthorityConnectInput = {
  children?: InputMaybe<Array<AuthorityChildrenConnectFieldInput>>;
  combinedAuthorities?: InputMaybe<Array<AuthorityCombinedAuthoritiesConnectFieldInput>>;
  conflicts?: InputMaybe<Array<AuthorityConflictsConnectFieldInput>>;
  constituents?: InputMaybe<Array<AuthorityConstituentsConnectFieldInput>>;
  fireAuthorities?: InputMaybe<Array<AuthorityFireAuthoritiesConnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<AuthorityFundingPaidConnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<AuthorityFundingReceivedConnectFieldInput>>;
  parishes?: InputMaybe<Array<AuthorityParishesConnectFieldInput>>;
  partnerships?: InputMaybe<Array<AuthorityPartnershipsConnectFieldInput>>;
  replaced?: InputMaybe<Array<AuthorityReplacedConnectFieldInput>>;
  replacedBy?: InputMaybe<Array<AuthorityReplacedByConnectFieldInput>>;
  sources?: InputMaybe<Array<AuthoritySourcesConnectFieldInput>>;
  tiers?: InputMaybe<Array<AuthorityTiersConnectFieldInput>>;
  unparishedAreas?: InputMaybe<Array<AuthorityUnparishedAreasConnectFieldInput>>;
  within?: InputMaybe<Array<AuthorityWithinConnectFieldInput>>;
};

export type AuthorityConnectWhere = {
  node: AuthorityWhere;
};

export type AuthorityConstituentsConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: ConstituencyCreateInput;
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
  edge?: InputMaybe<ConstituencyAggregationWhereInput>;
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
  edge?: InputMaybe<ConstituencySort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityConstituentsConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityConstituentsConnectionWhere>>;
  NOT?: InputMaybe<AuthorityConstituentsConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityConstituentsConnectionWhere>>;
  edge?: InputMaybe<ConstituencyWhere>;
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
  properties: Constituency;
};

export type AuthorityDisconnectInput = {
  children?: InputMaybe<Array<AuthorityChildrenDisconnectFieldInput>>;
  combinedAuthorities?: InputMaybe<Array<AuthorityCombinedAuthoritiesDisconnectFieldInput>>;
  conflicts?: InputMaybe<Array<AuthorityConflictsDisconnectFieldInput>>;
  constituents?: InputMaybe<Array<AuthorityConstituentsDisconnectFieldInput>>;
  fireAuthorities?: InputMaybe<Array<AuthorityFireAuthoritiesDisconnectFieldInput>>;
  fundingPaid?: InputMaybe<Array<AuthorityFundingPaidDisconnectFieldInput>>;
  fundingReceived?: InputMaybe<Array<AuthorityFundingReceivedDisconnectFieldInput>>;
  parishes?: InputMaybe<Array<AuthorityParishesDisconnectFieldInput>>;
  partnerships?: InputMaybe<Array<AuthorityPartnershipsDisconnectFieldInput>>;
  replaced?: InputMaybe<Array<AuthorityReplacedDisconnectFieldInput>>;
  replacedBy?: InputMaybe<Array<AuthorityReplacedByDisconnectFieldInput>>;
  sources?: InputMaybe<Array<AuthoritySourcesDisconnectFieldInput>>;
  tiers?: InputMaybe<Array<AuthorityTiersDisconnectFieldInput>>;
  unparishedAreas?: InputMaybe<Array<AuthorityUnparishedAreasDisconnectFieldInput>>;
  within?: InputMaybe<Array<AuthorityWithinDisconnectFieldInput>>;
};

export type AuthorityEdge = {
  __typename?: 'AuthorityEdge';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type AuthorityFireAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type AuthorityFireAuthoritiesConnection = {
  __typename?: 'AuthorityFireAuthoritiesConnection';
  aggregate: AuthorityAuthorityFireAuthoritiesAggregateSelection;
  edges: Array<AuthorityFireAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityFireAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityFireAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityFireAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityFireAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<AuthorityFireAuthoritiesNodeAggregationWhereInput>;
};

export type AuthorityFireAuthoritiesConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityFireAuthoritiesConnections */
  aggregate?: InputMaybe<AuthorityFireAuthoritiesConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityFireAuthoritiesConnections match this filter */
  all?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
  /** Return Authorities where none of the related AuthorityFireAuthoritiesConnections match this filter */
  none?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
  /** Return Authorities where one of the related AuthorityFireAuthoritiesConnections match this filter */
  single?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
  /** Return Authorities where some of the related AuthorityFireAuthoritiesConnections match this filter */
  some?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
};

export type AuthorityFireAuthoritiesConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type AuthorityFireAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityFireAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityFireAuthoritiesConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type AuthorityFireAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<AuthorityFireAuthoritiesConnectionWhere>;
};

export type AuthorityFireAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityFireAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityFireAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityFireAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityFireAuthoritiesRelationship = {
  __typename?: 'AuthorityFireAuthoritiesRelationship';
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
  endedBetween: StringAggregateSelection;
  firstSeen: StringAggregateSelection;
  lastSeen: StringAggregateSelection;
  lifeBounds: StringAggregateSelection;
  name: StringAggregateSelection;
  startedBy: StringAggregateSelection;
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
  endedBetween?: InputMaybe<StringScalarAggregationFilters>;
  firstSeen?: InputMaybe<StringScalarAggregationFilters>;
  lastSeen?: InputMaybe<StringScalarAggregationFilters>;
  lifeBounds?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  startedBy?: InputMaybe<StringScalarAggregationFilters>;
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

/** An authority or a parish area: something with a GSS code. */
export type AuthorityRef = {
  __typename?: 'AuthorityRef';
  /** The GSS code. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Register type (CTY, NMD, UA, MD, LBO, CC, SRA, COMB, FRA), or PARISH. */
  type: Scalars['String']['output'];
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
  authority: AuthorityRef;
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

export type AuthorityTierTiersAggregateSelection = {
  __typename?: 'AuthorityTierTiersAggregateSelection';
  count: CountConnection;
  node?: Maybe<AuthorityTierTiersNodeAggregateSelection>;
};

export type AuthorityTierTiersNodeAggregateSelection = {
  __typename?: 'AuthorityTierTiersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AuthorityTiersConnectFieldInput = {
  connect?: InputMaybe<Array<TierConnectInput>>;
  where?: InputMaybe<TierConnectWhere>;
};

export type AuthorityTiersConnection = {
  __typename?: 'AuthorityTiersConnection';
  aggregate: AuthorityTierTiersAggregateSelection;
  edges: Array<AuthorityTiersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityTiersConnectionAggregateInput = {
  AND?: InputMaybe<Array<AuthorityTiersConnectionAggregateInput>>;
  NOT?: InputMaybe<AuthorityTiersConnectionAggregateInput>;
  OR?: InputMaybe<Array<AuthorityTiersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<AuthorityTiersNodeAggregationWhereInput>;
};

export type AuthorityTiersConnectionFilters = {
  /** Filter Authorities by aggregating results on related AuthorityTiersConnections */
  aggregate?: InputMaybe<AuthorityTiersConnectionAggregateInput>;
  /** Return Authorities where all of the related AuthorityTiersConnections match this filter */
  all?: InputMaybe<AuthorityTiersConnectionWhere>;
  /** Return Authorities where none of the related AuthorityTiersConnections match this filter */
  none?: InputMaybe<AuthorityTiersConnectionWhere>;
  /** Return Authorities where one of the related AuthorityTiersConnections match this filter */
  single?: InputMaybe<AuthorityTiersConnectionWhere>;
  /** Return Authorities where some of the related AuthorityTiersConnections match this filter */
  some?: InputMaybe<AuthorityTiersConnectionWhere>;
};

export type AuthorityTiersConnectionSort = {
  node?: InputMaybe<TierSort>;
};

export type AuthorityTiersConnectionWhere = {
  AND?: InputMaybe<Array<AuthorityTiersConnectionWhere>>;
  NOT?: InputMaybe<AuthorityTiersConnectionWhere>;
  OR?: InputMaybe<Array<AuthorityTiersConnectionWhere>>;
  node?: InputMaybe<TierWhere>;
};

export type AuthorityTiersDisconnectFieldInput = {
  disconnect?: InputMaybe<TierDisconnectInput>;
  where?: InputMaybe<AuthorityTiersConnectionWhere>;
};

export type AuthorityTiersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AuthorityTiersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AuthorityTiersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AuthorityTiersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AuthorityTiersRelationship = {
  __typename?: 'AuthorityTiersRelationship';
  cursor: Scalars['String']['output'];
  node: Tier;
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
  conflicts?: InputMaybe<ConflictRelationshipFilters>;
  conflictsConnection?: InputMaybe<AuthorityConflictsConnectionFilters>;
  constituents?: InputMaybe<AuthorityRelationshipFilters>;
  constituentsConnection?: InputMaybe<AuthorityConstituentsConnectionFilters>;
  current?: InputMaybe<BooleanScalarFilters>;
  fireAuthorities?: InputMaybe<AuthorityRelationshipFilters>;
  fireAuthoritiesConnection?: InputMaybe<AuthorityFireAuthoritiesConnectionFilters>;
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
  tiers?: InputMaybe<TierRelationshipFilters>;
  tiersConnection?: InputMaybe<AuthorityTiersConnectionFilters>;
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

/** On what footing an authority answers for a service (the importer accepts only these). */
export type Basis =
  | 'COMMISSIONED'
  | 'CONCURRENT_POWER'
  | 'DELEGATED'
  | 'SHARED_SERVICE'
  | 'STATUTORY_DUTY'
  | 'STRATEGIC_AUTHORITY';

/** A body of any kind: an authority, a parish, a partnership or an organisation. */
export type BodyRef = {
  __typename?: 'BodyRef';
  /** The GSS code; null for a partnership or organisation (which have only an id). */
  code?: Maybe<Scalars['String']['output']>;
  /** What a question's argument accepts for it: its GSS code, or a partnership's or organisation's id. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Register type (CTY, NMD, UA, MD, LBO, CC, SRA, COMB), PARISH, or a partnership's or organisation's kind. */
  type: Scalars['String']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A partnership a broader body could subsume, with its score and the reasons. */
export type Candidate = {
  __typename?: 'Candidate';
  areaInside: Array<AuthorityRef>;
  areaOutside: Array<AuthorityRef>;
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
  recommendation: Recommendation;
  /** Weighted mean of the components the data has (README: Partnership analysis). */
  score: Scalars['Float']['output'];
  sharedMembers: Array<BodyRef>;
  sharedThemes: Array<Scalars['String']['output']>;
  /** Share of the candidate's themes and services within the broader body's remit; null when none are recorded. */
  themeScore?: Maybe<Scalars['Float']['output']>;
};

/** One change, dated or bounded, with what it changed from and to, and its sources. */
export type Change = {
  __typename?: 'Change';
  after: Array<NodeRef>;
  /** What held before and after: predecessors and successors, old and new codes, the bodies that delivered, the body joined or left. */
  before: Array<NodeRef>;
  /** True when only bounds are known (parish codes from the ONS lists, a membership bounded by two lists). */
  bounded: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** For FUNDING_CHANGED: the two years' amounts. */
  funding?: Maybe<FundingDifference>;
  kind: ChangeKind;
  notAfter?: Maybe<Scalars['Date']['output']>;
  /**
   * The change happened on a day from notBefore to notAfter (inclusive): both equal `on` when the
   * day is known; for a parish code, the day after the list before and the date of the list after.
   */
  notBefore?: Maybe<Scalars['Date']['output']>;
  /** The day the change took effect (the first day of the new state); null when only bounded. */
  on?: Maybe<Scalars['Date']['output']>;
  /** The graph relationship the change is read from. */
  readFrom: ChangeRelationship;
  /** The services of a RESPONSIBILITIES_* change (LGSL and TG- codes), or the one of a DELIVERER_* change. */
  services: Array<NodeRef>;
  sources: Array<SourceRef>;
  /** What changed: the new authority, parish code, service, member council, funding stream... */
  subject: NodeRef;
  /** The day the graph takes it as happening (what whoDelivers uses on either side); `on` when dated. */
  takenAs?: Maybe<Scalars['Date']['output']>;
};

/** The kinds of change `changes` reports, each read from the graph's dates and successions. */
export type ChangeKind =
  /** The first day without an authority (the day after its validTo); `after`: its successors. */
  | 'AUTHORITY_ABOLISHED'
  /** An authority's first day (its validFrom); `before`: the authorities it replaced (REPLACED_BY). */
  | 'AUTHORITY_CREATED'
  /** A body stopped delivering a service (DELIVERED_BY with a validTo), no other starting the next day. */
  | 'DELIVERER_ENDED'
  /** A service's functional body changed on a day (DELIVERED_BY): `before` the body that stopped, `after` the one that began. */
  | 'DELIVERER_MOVED'
  /** A body began to deliver a service (DELIVERED_BY with a validFrom), no other stopping that day. */
  | 'DELIVERER_STARTED'
  /** A funding stream's amount to the area differs between the financial year containing `from` and the one containing `to`. */
  | 'FUNDING_CHANGED'
  /** A dated membership ended (the day after its validTo). */
  | 'MEMBERSHIP_ENDED'
  /** A dated membership began: a council's CONSTITUENT_OF a combined authority, or its FIRE_AND_RESCUE_BY a fire authority (`readFrom`). */
  | 'MEMBERSHIP_STARTED'
  /** A parish code went out of use with no code after it in the graph (bounded by the ONS lists). */
  | 'PARISH_ENDED'
  /** Two or more parish codes continued by one whose name joins theirs, inferred from the ONS lists. */
  | 'PARISH_MERGED'
  /** A parish code continued by a new code (same name, same district), inferred from the ONS lists. */
  | 'PARISH_RECODED'
  /** A parish code came into use with no code before it in the graph (bounded by the ONS lists). */
  | 'PARISH_STARTED'
  /** Services its predecessors' tiers held that a new authority's tier does not, or a tier's dated RESPONSIBLE_FOR that ends. */
  | 'RESPONSIBILITIES_ENDED'
  /** Services a new authority's tier is responsible for that its predecessors' tiers were (`services`; `before`: the predecessors whose tier held them). */
  | 'RESPONSIBILITIES_MOVED'
  /** Services that start to be held: a new authority's, or a tier's dated RESPONSIBLE_FOR that begins. */
  | 'RESPONSIBILITIES_STARTED';

/** The graph relationship a change is read from. */
export type ChangeRelationship =
  /** A council's membership of a combined authority. */
  | 'CONSTITUENT_OF'
  /** A functional body delivering a service. */
  | 'DELIVERED_BY'
  /** A council's fire and rescue authority. */
  | 'FIRE_AND_RESCUE_BY'
  /** A funding flow's stream. */
  | 'OF_STREAM'
  /** An authority's or a parish code's successor (with the dates of the authorities and codes). */
  | 'REPLACED_BY'
  /** A tier's responsibility for a service. */
  | 'RESPONSIBLE_FOR'
  /** A parish code's district: a start or end with no code before or after it. */
  | 'WITHIN';

/** What changed in an area (and its predecessors and successors) between two dates. */
export type Changes = {
  __typename?: 'Changes';
  area: AuthorityRef;
  /**
   * The bodies looked at: the area, the authorities it replaced or that replaced it (and their
   * other predecessors), and what lies WITHIN them, is CONSTITUENT_OF them or has them as its fire
   * authority.
   */
  bodies: Array<NodeRef>;
  /** Every change taking effect after `from` and on or before `to` (bounded ones whose bounds overlap that), in order of day. */
  changes: Array<Change>;
  from: Scalars['Date']['output'];
  /** What the graph cannot say for the window (undated partnership memberships, years without funding data). */
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceRef>;
  to: Scalars['Date']['output'];
};

/**
 * The edge properties for the following fields:
 * * FundingFlow.sources
 * * Partnership.sources
 * * Organisation.sources
 * * Authority.sources
 * * Parish.sources
 * * UnparishedArea.sources
 * * Conflict.sources
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

/**
 * A disagreement between sources about one fact of an authority (its county, region, type or end
 * date), found at import and settled by the weight of evidence: every signal is one vote, the value
 * with most votes is what the graph holds, a tie keeps the register's value. `npm run seed --
 * --conflicts` prints the same, with the other conflicts between sources.
 */
export type Conflict = {
  __typename?: 'Conflict';
  about: Array<Authority>;
  aboutConnection: ConflictAboutConnection;
  /** county, region, type or end-date */
  field: Scalars['String']['output'];
  /** conflict:<field>:<GSS code>, e.g. conflict:county:E07000201 */
  id: Scalars['ID']['output'];
  /** Each signal that lost. */
  lost: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** The value the graph holds. */
  settled: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: ConflictSourcesConnection;
  /** GSS code of the authority it is about. */
  subject: Scalars['String']['output'];
  /** True when the votes were tied and the register's value was kept. */
  tie: Scalars['Boolean']['output'];
  /** Each signal that agreed with the settlement: source id, file:line, what it says. */
  won: Array<Scalars['String']['output']>;
};


/**
 * A disagreement between sources about one fact of an authority (its county, region, type or end
 * date), found at import and settled by the weight of evidence: every signal is one vote, the value
 * with most votes is what the graph holds, a tie keeps the register's value. `npm run seed --
 * --conflicts` prints the same, with the other conflicts between sources.
 */
export type ConflictAboutArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A disagreement between sources about one fact of an authority (its county, region, type or end
 * date), found at import and settled by the weight of evidence: every signal is one vote, the value
 * with most votes is what the graph holds, a tie keeps the register's value. `npm run seed --
 * --conflicts` prints the same, with the other conflicts between sources.
 */
export type ConflictAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ConflictAboutConnectionSort>>;
  where?: InputMaybe<ConflictAboutConnectionWhere>;
};


/**
 * A disagreement between sources about one fact of an authority (its county, region, type or end
 * date), found at import and settled by the weight of evidence: every signal is one vote, the value
 * with most votes is what the graph holds, a tie keeps the register's value. `npm run seed --
 * --conflicts` prints the same, with the other conflicts between sources.
 */
export type ConflictSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/**
 * A disagreement between sources about one fact of an authority (its county, region, type or end
 * date), found at import and settled by the weight of evidence: every signal is one vote, the value
 * with most votes is what the graph holds, a tie keeps the register's value. `npm run seed --
 * --conflicts` prints the same, with the other conflicts between sources.
 */
export type ConflictSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ConflictSourcesConnectionSort>>;
  where?: InputMaybe<ConflictSourcesConnectionWhere>;
};

export type ConflictAboutConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type ConflictAboutConnection = {
  __typename?: 'ConflictAboutConnection';
  aggregate: ConflictAuthorityAboutAggregateSelection;
  edges: Array<ConflictAboutRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConflictAboutConnectionAggregateInput = {
  AND?: InputMaybe<Array<ConflictAboutConnectionAggregateInput>>;
  NOT?: InputMaybe<ConflictAboutConnectionAggregateInput>;
  OR?: InputMaybe<Array<ConflictAboutConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<ConflictAboutNodeAggregationWhereInput>;
};

export type ConflictAboutConnectionFilters = {
  /** Filter Conflicts by aggregating results on related ConflictAboutConnections */
  aggregate?: InputMaybe<ConflictAboutConnectionAggregateInput>;
  /** Return Conflicts where all of the related ConflictAboutConnections match this filter */
  all?: InputMaybe<ConflictAboutConnectionWhere>;
  /** Return Conflicts where none of the related ConflictAboutConnections match this filter */
  none?: InputMaybe<ConflictAboutConnectionWhere>;
  /** Return Conflicts where one of the related ConflictAboutConnections match this filter */
  single?: InputMaybe<ConflictAboutConnectionWhere>;
  /** Return Conflicts where some of the related ConflictAboutConnections match this filter */
  some?: InputMaybe<ConflictAboutConnectionWhere>;
};

export type ConflictAboutConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<AuthoritySort>;
};

export type ConflictAboutConnectionWhere = {
  AND?: InputMaybe<Array<ConflictAboutConnectionWhere>>;
  NOT?: InputMaybe<ConflictAboutConnectionWhere>;
  OR?: InputMaybe<Array<ConflictAboutConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<AuthorityWhere>;
};

export type ConflictAboutDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<ConflictAboutConnectionWhere>;
};

export type ConflictAboutNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ConflictAboutNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ConflictAboutNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ConflictAboutNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type ConflictAboutRelationship = {
  __typename?: 'ConflictAboutRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
  properties: Dated;
};

export type ConflictAggregate = {
  __typename?: 'ConflictAggregate';
  count: Count;
  node: ConflictAggregateNode;
};

export type ConflictAggregateNode = {
  __typename?: 'ConflictAggregateNode';
  field: StringAggregateSelection;
  name: StringAggregateSelection;
  reason: StringAggregateSelection;
  settled: StringAggregateSelection;
  subject: StringAggregateSelection;
};

export type ConflictAuthorityAboutAggregateSelection = {
  __typename?: 'ConflictAuthorityAboutAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ConflictAuthorityAboutEdgeAggregateSelection>;
  node?: Maybe<ConflictAuthorityAboutNodeAggregateSelection>;
};

export type ConflictAuthorityAboutEdgeAggregateSelection = {
  __typename?: 'ConflictAuthorityAboutEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ConflictAuthorityAboutNodeAggregateSelection = {
  __typename?: 'ConflictAuthorityAboutNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type ConflictConnectInput = {
  about?: InputMaybe<Array<ConflictAboutConnectFieldInput>>;
  sources?: InputMaybe<Array<ConflictSourcesConnectFieldInput>>;
};

export type ConflictConnectWhere = {
  node: ConflictWhere;
};

export type ConflictDisconnectInput = {
  about?: InputMaybe<Array<ConflictAboutDisconnectFieldInput>>;
  sources?: InputMaybe<Array<ConflictSourcesDisconnectFieldInput>>;
};

export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  cursor: Scalars['String']['output'];
  node: Conflict;
};

export type ConflictRelationshipFilters = {
  /** Filter type where all of the related Conflicts match this filter */
  all?: InputMaybe<ConflictWhere>;
  /** Filter type where none of the related Conflicts match this filter */
  none?: InputMaybe<ConflictWhere>;
  /** Filter type where one of the related Conflicts match this filter */
  single?: InputMaybe<ConflictWhere>;
  /** Filter type where some of the related Conflicts match this filter */
  some?: InputMaybe<ConflictWhere>;
};

/** Fields to sort Conflicts by. The order in which sorts are applied is not guaranteed when specifying many fields in one ConflictSort object. */
export type ConflictSort = {
  field?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  reason?: InputMaybe<SortDirection>;
  settled?: InputMaybe<SortDirection>;
  subject?: InputMaybe<SortDirection>;
  tie?: InputMaybe<SortDirection>;
};

export type ConflictSourceSourcesAggregateSelection = {
  __typename?: 'ConflictSourceSourcesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ConflictSourceSourcesEdgeAggregateSelection>;
  node?: Maybe<ConflictSourceSourcesNodeAggregateSelection>;
};

export type ConflictSourceSourcesEdgeAggregateSelection = {
  __typename?: 'ConflictSourceSourcesEdgeAggregateSelection';
  cite: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type ConflictSourceSourcesNodeAggregateSelection = {
  __typename?: 'ConflictSourceSourcesNodeAggregateSelection';
  attribution: StringAggregateSelection;
  file: StringAggregateSelection;
  kind: StringAggregateSelection;
  licence: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
  vintage: StringAggregateSelection;
};

export type ConflictSourcesConnectFieldInput = {
  edge?: InputMaybe<CitationCreateInput>;
  where?: InputMaybe<SourceConnectWhere>;
};

export type ConflictSourcesConnection = {
  __typename?: 'ConflictSourcesConnection';
  aggregate: ConflictSourceSourcesAggregateSelection;
  edges: Array<ConflictSourcesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConflictSourcesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ConflictSourcesConnectionAggregateInput>>;
  NOT?: InputMaybe<ConflictSourcesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ConflictSourcesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CitationAggregationWhereInput>;
  node?: InputMaybe<ConflictSourcesNodeAggregationWhereInput>;
};

export type ConflictSourcesConnectionFilters = {
  /** Filter Conflicts by aggregating results on related ConflictSourcesConnections */
  aggregate?: InputMaybe<ConflictSourcesConnectionAggregateInput>;
  /** Return Conflicts where all of the related ConflictSourcesConnections match this filter */
  all?: InputMaybe<ConflictSourcesConnectionWhere>;
  /** Return Conflicts where none of the related ConflictSourcesConnections match this filter */
  none?: InputMaybe<ConflictSourcesConnectionWhere>;
  /** Return Conflicts where one of the related ConflictSourcesConnections match this filter */
  single?: InputMaybe<ConflictSourcesConnectionWhere>;
  /** Return Conflicts where some of the related ConflictSourcesConnections match this filter */
  some?: InputMaybe<ConflictSourcesConnectionWhere>;
};

export type ConflictSourcesConnectionSort = {
  edge?: InputMaybe<CitationSort>;
  node?: InputMaybe<SourceSort>;
};

export type ConflictSourcesConnectionWhere = {
  AND?: InputMaybe<Array<ConflictSourcesConnectionWhere>>;
  NOT?: InputMaybe<ConflictSourcesConnectionWhere>;
  OR?: InputMaybe<Array<ConflictSourcesConnectionWhere>>;
  edge?: InputMaybe<CitationWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type ConflictSourcesDisconnectFieldInput = {
  where?: InputMaybe<ConflictSourcesConnectionWhere>;
};

export type ConflictSourcesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ConflictSourcesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ConflictSourcesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ConflictSourcesNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  file?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  publisher?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
  vintage?: InputMaybe<StringScalarAggregationFilters>;
};

export type ConflictSourcesRelationship = {
  __typename?: 'ConflictSourcesRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Citation;
};

export type ConflictWhere = {
  AND?: InputMaybe<Array<ConflictWhere>>;
  NOT?: InputMaybe<ConflictWhere>;
  OR?: InputMaybe<Array<ConflictWhere>>;
  about?: InputMaybe<AuthorityRelationshipFilters>;
  aboutConnection?: InputMaybe<ConflictAboutConnectionFilters>;
  field?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  lost?: InputMaybe<StringListFilters>;
  name?: InputMaybe<StringScalarFilters>;
  reason?: InputMaybe<StringScalarFilters>;
  settled?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<ConflictSourcesConnectionFilters>;
  subject?: InputMaybe<StringScalarFilters>;
  tie?: InputMaybe<BooleanScalarFilters>;
  won?: InputMaybe<StringListFilters>;
};

export type ConflictsConnection = {
  __typename?: 'ConflictsConnection';
  aggregate: ConflictAggregate;
  edges: Array<ConflictEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

/**
 * The edge properties for the following fields:
 * * Authority.combinedAuthorities
 * * Authority.constituents
 */
export type Constituency = {
  __typename?: 'Constituency';
  /** The rows of each list. */
  cite?: Maybe<Scalars['String']['output']>;
  /** The bounds in words, e.g. 'started between Dec 2019 and May 2025; still listed in May 2025'. */
  membershipBounds: Scalars['String']['output'];
  /** The lists that carry the membership, as months (2019-12, 2025-05). */
  seenIn: Array<Scalars['String']['output']>;
  /** Id of the Source (the first list that carries it). */
  source: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validFromCite?: Maybe<Scalars['String']['output']>;
  /** Id of the Source behind validFrom (a list, or the register that dates the authority). */
  validFromSource?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  validToCite?: Maybe<Scalars['String']['output']>;
  validToSource?: Maybe<Scalars['String']['output']>;
};

export type ConstituencyAggregationWhereInput = {
  AND?: InputMaybe<Array<ConstituencyAggregationWhereInput>>;
  NOT?: InputMaybe<ConstituencyAggregationWhereInput>;
  OR?: InputMaybe<Array<ConstituencyAggregationWhereInput>>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  membershipBounds?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  validFromCite?: InputMaybe<StringScalarAggregationFilters>;
  validFromSource?: InputMaybe<StringScalarAggregationFilters>;
  validToCite?: InputMaybe<StringScalarAggregationFilters>;
  validToSource?: InputMaybe<StringScalarAggregationFilters>;
};

export type ConstituencyCreateInput = {
  cite?: InputMaybe<Scalars['String']['input']>;
  membershipBounds: Scalars['String']['input'];
  seenIn: Array<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validFromCite?: InputMaybe<Scalars['String']['input']>;
  validFromSource?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  validToCite?: InputMaybe<Scalars['String']['input']>;
  validToSource?: InputMaybe<Scalars['String']['input']>;
};

export type ConstituencySort = {
  cite?: InputMaybe<SortDirection>;
  membershipBounds?: InputMaybe<SortDirection>;
  seenIn?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validFromCite?: InputMaybe<SortDirection>;
  validFromSource?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
  validToCite?: InputMaybe<SortDirection>;
  validToSource?: InputMaybe<SortDirection>;
};

export type ConstituencyWhere = {
  AND?: InputMaybe<Array<ConstituencyWhere>>;
  NOT?: InputMaybe<ConstituencyWhere>;
  OR?: InputMaybe<Array<ConstituencyWhere>>;
  cite?: InputMaybe<StringScalarFilters>;
  membershipBounds?: InputMaybe<StringScalarFilters>;
  seenIn?: InputMaybe<StringListFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validFromCite?: InputMaybe<StringScalarFilters>;
  validFromSource?: InputMaybe<StringScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
  validToCite?: InputMaybe<StringScalarFilters>;
  validToSource?: InputMaybe<StringScalarFilters>;
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

/**
 * The edge properties for the following fields:
 * * Partnership.covers
 * * Partnership.parents
 * * Partnership.subGroups
 * * Partnership.replacedBy
 * * Authority.within
 * * Authority.children
 * * Authority.parishes
 * * Authority.unparishedAreas
 * * Authority.replacedBy
 * * Authority.replaced
 * * Authority.fireAuthorities
 * * Authority.conflicts
 * * Parish.within
 * * UnparishedArea.within
 * * Conflict.about
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

/** A functional body delivering a service for the authority on the date asked about. */
export type DeliveringBody = {
  __typename?: 'DeliveringBody';
  /** The organisation's id (e.g. transport-for-london). */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The organisation's kind, e.g. functional-body. */
  type: Scalars['String']['output'];
  /** The days (inclusive) it delivers the service; null: open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  /** As for PathStep.validity (the DELIVERED_BY step in the path carries the sources). */
  validity: Validity;
};

/**
 * The edge properties for the following fields:
 * * Organisation.delivers
 * * Service.deliveredBy
 */
export type Delivery = {
  __typename?: 'Delivery';
  cite?: Maybe<Scalars['String']['output']>;
  /** Id of the Source this fact comes from. */
  source: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validFromCite?: Maybe<Scalars['String']['output']>;
  validFromSource?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  validToCite?: Maybe<Scalars['String']['output']>;
  validToSource?: Maybe<Scalars['String']['output']>;
};

export type DeliveryAggregationWhereInput = {
  AND?: InputMaybe<Array<DeliveryAggregationWhereInput>>;
  NOT?: InputMaybe<DeliveryAggregationWhereInput>;
  OR?: InputMaybe<Array<DeliveryAggregationWhereInput>>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  validFromCite?: InputMaybe<StringScalarAggregationFilters>;
  validFromSource?: InputMaybe<StringScalarAggregationFilters>;
  validToCite?: InputMaybe<StringScalarAggregationFilters>;
  validToSource?: InputMaybe<StringScalarAggregationFilters>;
};

export type DeliveryCreateInput = {
  cite?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validFromCite?: InputMaybe<Scalars['String']['input']>;
  validFromSource?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  validToCite?: InputMaybe<Scalars['String']['input']>;
  validToSource?: InputMaybe<Scalars['String']['input']>;
};

export type DeliverySort = {
  cite?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validFromCite?: InputMaybe<SortDirection>;
  validFromSource?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
  validToCite?: InputMaybe<SortDirection>;
  validToSource?: InputMaybe<SortDirection>;
};

export type DeliveryWhere = {
  AND?: InputMaybe<Array<DeliveryWhere>>;
  NOT?: InputMaybe<DeliveryWhere>;
  OR?: InputMaybe<Array<DeliveryWhere>>;
  cite?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validFromCite?: InputMaybe<StringScalarFilters>;
  validFromSource?: InputMaybe<StringScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
  validToCite?: InputMaybe<StringScalarFilters>;
  validToSource?: InputMaybe<StringScalarFilters>;
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

/** A funding stream's money to the area's bodies in two financial years (`funding` of a FUNDING_CHANGED). */
export type FundingDifference = {
  __typename?: 'FundingDifference';
  amountAfter?: Maybe<Scalars['Float']['output']>;
  /** Pounds, to the penny, over the area's bodies; null: no flow of the stream to them that year. */
  amountBefore?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  /** amountAfter - amountBefore, a missing amount counted as 0. */
  difference: Scalars['Float']['output'];
  stream: NodeRef;
  yearAfter: Scalars['String']['output'];
  /** The financial years containing `from` and `to`, e.g. 2019-20 and 2020-21. */
  yearBefore: Scalars['String']['output'];
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
  fromAuthorities: Array<Authority>;
  fromAuthoritiesConnection: FundingFlowFromAuthoritiesConnection;
  fromOrganisations: Array<Organisation>;
  fromOrganisationsConnection: FundingFlowFromOrganisationsConnection;
  id: Scalars['ID']['output'];
  /** allocation, income, total, pooled, devolved or proposed */
  kind: Scalars['String']['output'];
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: FundingFlowSourcesConnection;
  streams: Array<FundingStream>;
  streamsConnection: FundingFlowStreamsConnection;
  toAuthorities: Array<Authority>;
  toAuthoritiesConnection: FundingFlowToAuthoritiesConnection;
  toOrganisations: Array<Organisation>;
  toOrganisationsConnection: FundingFlowToOrganisationsConnection;
  toPartnerships: Array<Partnership>;
  toPartnershipsConnection: FundingFlowToPartnershipsConnection;
  /** Financial year, e.g. 2019-20; null when the source gives none. */
  year?: Maybe<Scalars['String']['output']>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectionSort>>;
  where?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowFromOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowFromOrganisationsConnectionSort>>;
  where?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
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
export type FundingFlowStreamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingStreamSort>>;
  where?: InputMaybe<FundingStreamWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowStreamsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowStreamsConnectionSort>>;
  where?: InputMaybe<FundingFlowStreamsConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToAuthoritiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToAuthoritiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToAuthoritiesConnectionSort>>;
  where?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToOrganisationsConnectionSort>>;
  where?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToPartnershipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/**
 * An amount of money in one financial year, from a payer to a recipient. A paper that gives
 * only a total (the £8bn public-sector spend in Kent) is a flow of kind `total`.
 */
export type FundingFlowToPartnershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<FundingFlowToPartnershipsConnectionSort>>;
  where?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
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

export type FundingFlowAuthorityFromAuthoritiesAggregateSelection = {
  __typename?: 'FundingFlowAuthorityFromAuthoritiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection>;
};

export type FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection = {
  __typename?: 'FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type FundingFlowAuthorityToAuthoritiesAggregateSelection = {
  __typename?: 'FundingFlowAuthorityToAuthoritiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowAuthorityToAuthoritiesNodeAggregateSelection>;
};

export type FundingFlowAuthorityToAuthoritiesNodeAggregateSelection = {
  __typename?: 'FundingFlowAuthorityToAuthoritiesNodeAggregateSelection';
  name: StringAggregateSelection;
  officialName: StringAggregateSelection;
  population: IntAggregateSelection;
  region: StringAggregateSelection;
  registryCode: StringAggregateSelection;
  type: StringAggregateSelection;
  typeName: StringAggregateSelection;
};

export type FundingFlowConnectInput = {
  fromAuthorities?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectFieldInput>>;
  fromOrganisations?: InputMaybe<Array<FundingFlowFromOrganisationsConnectFieldInput>>;
  sources?: InputMaybe<Array<FundingFlowSourcesConnectFieldInput>>;
  streams?: InputMaybe<Array<FundingFlowStreamsConnectFieldInput>>;
  toAuthorities?: InputMaybe<Array<FundingFlowToAuthoritiesConnectFieldInput>>;
  toOrganisations?: InputMaybe<Array<FundingFlowToOrganisationsConnectFieldInput>>;
  toPartnerships?: InputMaybe<Array<FundingFlowToPartnershipsConnectFieldInput>>;
};

export type FundingFlowConnectWhere = {
  node: FundingFlowWhere;
};

export type FundingFlowDisconnectInput = {
  fromAuthorities?: InputMaybe<Array<FundingFlowFromAuthoritiesDisconnectFieldInput>>;
  fromOrganisations?: InputMaybe<Array<FundingFlowFromOrganisationsDisconnectFieldInput>>;
  sources?: InputMaybe<Array<FundingFlowSourcesDisconnectFieldInput>>;
  streams?: InputMaybe<Array<FundingFlowStreamsDisconnectFieldInput>>;
  toAuthorities?: InputMaybe<Array<FundingFlowToAuthoritiesDisconnectFieldInput>>;
  toOrganisations?: InputMaybe<Array<FundingFlowToOrganisationsDisconnectFieldInput>>;
  toPartnerships?: InputMaybe<Array<FundingFlowToPartnershipsDisconnectFieldInput>>;
};

export type FundingFlowEdge = {
  __typename?: 'FundingFlowEdge';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type FundingFlowFromAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type FundingFlowFromAuthoritiesConnection = {
  __typename?: 'FundingFlowFromAuthoritiesConnection';
  aggregate: FundingFlowAuthorityFromAuthoritiesAggregateSelection;
  edges: Array<FundingFlowFromAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowFromAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowFromAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowFromAuthoritiesNodeAggregationWhereInput>;
};

export type FundingFlowFromAuthoritiesConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowFromAuthoritiesConnections */
  aggregate?: InputMaybe<FundingFlowFromAuthoritiesConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowFromAuthoritiesConnections match this filter */
  all?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowFromAuthoritiesConnections match this filter */
  none?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowFromAuthoritiesConnections match this filter */
  single?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowFromAuthoritiesConnections match this filter */
  some?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
};

export type FundingFlowFromAuthoritiesConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type FundingFlowFromAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowFromAuthoritiesConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type FundingFlowFromAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<FundingFlowFromAuthoritiesConnectionWhere>;
};

export type FundingFlowFromAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowFromAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowFromAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowFromAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowFromAuthoritiesRelationship = {
  __typename?: 'FundingFlowFromAuthoritiesRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type FundingFlowFromOrganisationsConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type FundingFlowFromOrganisationsConnection = {
  __typename?: 'FundingFlowFromOrganisationsConnection';
  aggregate: FundingFlowOrganisationFromOrganisationsAggregateSelection;
  edges: Array<FundingFlowFromOrganisationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowFromOrganisationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationsConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowFromOrganisationsNodeAggregationWhereInput>;
};

export type FundingFlowFromOrganisationsConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowFromOrganisationsConnections */
  aggregate?: InputMaybe<FundingFlowFromOrganisationsConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowFromOrganisationsConnections match this filter */
  all?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowFromOrganisationsConnections match this filter */
  none?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowFromOrganisationsConnections match this filter */
  single?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowFromOrganisationsConnections match this filter */
  some?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
};

export type FundingFlowFromOrganisationsConnectionSort = {
  node?: InputMaybe<OrganisationSort>;
};

export type FundingFlowFromOrganisationsConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationsConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationsConnectionWhere>>;
  node?: InputMaybe<OrganisationWhere>;
};

export type FundingFlowFromOrganisationsDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<FundingFlowFromOrganisationsConnectionWhere>;
};

export type FundingFlowFromOrganisationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowFromOrganisationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowFromOrganisationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowFromOrganisationsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowFromOrganisationsRelationship = {
  __typename?: 'FundingFlowFromOrganisationsRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type FundingFlowFundingStreamStreamsAggregateSelection = {
  __typename?: 'FundingFlowFundingStreamStreamsAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowFundingStreamStreamsNodeAggregateSelection>;
};

export type FundingFlowFundingStreamStreamsNodeAggregateSelection = {
  __typename?: 'FundingFlowFundingStreamStreamsNodeAggregateSelection';
  description: StringAggregateSelection;
  lowerTierShare: FloatAggregateSelection;
  name: StringAggregateSelection;
  upperTierShare: FloatAggregateSelection;
};

export type FundingFlowOrganisationFromOrganisationsAggregateSelection = {
  __typename?: 'FundingFlowOrganisationFromOrganisationsAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowOrganisationFromOrganisationsNodeAggregateSelection>;
};

export type FundingFlowOrganisationFromOrganisationsNodeAggregateSelection = {
  __typename?: 'FundingFlowOrganisationFromOrganisationsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
};

export type FundingFlowOrganisationToOrganisationsAggregateSelection = {
  __typename?: 'FundingFlowOrganisationToOrganisationsAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowOrganisationToOrganisationsNodeAggregateSelection>;
};

export type FundingFlowOrganisationToOrganisationsNodeAggregateSelection = {
  __typename?: 'FundingFlowOrganisationToOrganisationsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
};

export type FundingFlowPartnershipToPartnershipsAggregateSelection = {
  __typename?: 'FundingFlowPartnershipToPartnershipsAggregateSelection';
  count: CountConnection;
  node?: Maybe<FundingFlowPartnershipToPartnershipsNodeAggregateSelection>;
};

export type FundingFlowPartnershipToPartnershipsNodeAggregateSelection = {
  __typename?: 'FundingFlowPartnershipToPartnershipsNodeAggregateSelection';
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

export type FundingFlowStreamsConnectFieldInput = {
  connect?: InputMaybe<Array<FundingStreamConnectInput>>;
  where?: InputMaybe<FundingStreamConnectWhere>;
};

export type FundingFlowStreamsConnection = {
  __typename?: 'FundingFlowStreamsConnection';
  aggregate: FundingFlowFundingStreamStreamsAggregateSelection;
  edges: Array<FundingFlowStreamsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowStreamsConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowStreamsConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowStreamsConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowStreamsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowStreamsNodeAggregationWhereInput>;
};

export type FundingFlowStreamsConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowStreamsConnections */
  aggregate?: InputMaybe<FundingFlowStreamsConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowStreamsConnections match this filter */
  all?: InputMaybe<FundingFlowStreamsConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowStreamsConnections match this filter */
  none?: InputMaybe<FundingFlowStreamsConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowStreamsConnections match this filter */
  single?: InputMaybe<FundingFlowStreamsConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowStreamsConnections match this filter */
  some?: InputMaybe<FundingFlowStreamsConnectionWhere>;
};

export type FundingFlowStreamsConnectionSort = {
  node?: InputMaybe<FundingStreamSort>;
};

export type FundingFlowStreamsConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowStreamsConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowStreamsConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowStreamsConnectionWhere>>;
  node?: InputMaybe<FundingStreamWhere>;
};

export type FundingFlowStreamsDisconnectFieldInput = {
  disconnect?: InputMaybe<FundingStreamDisconnectInput>;
  where?: InputMaybe<FundingFlowStreamsConnectionWhere>;
};

export type FundingFlowStreamsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowStreamsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowStreamsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowStreamsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  lowerTierShare?: InputMaybe<FloatScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  upperTierShare?: InputMaybe<FloatScalarAggregationFilters>;
};

export type FundingFlowStreamsRelationship = {
  __typename?: 'FundingFlowStreamsRelationship';
  cursor: Scalars['String']['output'];
  node: FundingStream;
};

export type FundingFlowToAuthoritiesConnectFieldInput = {
  connect?: InputMaybe<Array<AuthorityConnectInput>>;
  where?: InputMaybe<AuthorityConnectWhere>;
};

export type FundingFlowToAuthoritiesConnection = {
  __typename?: 'FundingFlowToAuthoritiesConnection';
  aggregate: FundingFlowAuthorityToAuthoritiesAggregateSelection;
  edges: Array<FundingFlowToAuthoritiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToAuthoritiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToAuthoritiesConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToAuthoritiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToAuthoritiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToAuthoritiesNodeAggregationWhereInput>;
};

export type FundingFlowToAuthoritiesConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToAuthoritiesConnections */
  aggregate?: InputMaybe<FundingFlowToAuthoritiesConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToAuthoritiesConnections match this filter */
  all?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToAuthoritiesConnections match this filter */
  none?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToAuthoritiesConnections match this filter */
  single?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToAuthoritiesConnections match this filter */
  some?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
};

export type FundingFlowToAuthoritiesConnectionSort = {
  node?: InputMaybe<AuthoritySort>;
};

export type FundingFlowToAuthoritiesConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToAuthoritiesConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToAuthoritiesConnectionWhere>>;
  node?: InputMaybe<AuthorityWhere>;
};

export type FundingFlowToAuthoritiesDisconnectFieldInput = {
  disconnect?: InputMaybe<AuthorityDisconnectInput>;
  where?: InputMaybe<FundingFlowToAuthoritiesConnectionWhere>;
};

export type FundingFlowToAuthoritiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToAuthoritiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToAuthoritiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToAuthoritiesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  officialName?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
  region?: InputMaybe<StringScalarAggregationFilters>;
  registryCode?: InputMaybe<StringScalarAggregationFilters>;
  type?: InputMaybe<StringScalarAggregationFilters>;
  typeName?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToAuthoritiesRelationship = {
  __typename?: 'FundingFlowToAuthoritiesRelationship';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type FundingFlowToOrganisationsConnectFieldInput = {
  connect?: InputMaybe<Array<OrganisationConnectInput>>;
  where?: InputMaybe<OrganisationConnectWhere>;
};

export type FundingFlowToOrganisationsConnection = {
  __typename?: 'FundingFlowToOrganisationsConnection';
  aggregate: FundingFlowOrganisationToOrganisationsAggregateSelection;
  edges: Array<FundingFlowToOrganisationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToOrganisationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationsConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToOrganisationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToOrganisationsNodeAggregationWhereInput>;
};

export type FundingFlowToOrganisationsConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToOrganisationsConnections */
  aggregate?: InputMaybe<FundingFlowToOrganisationsConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToOrganisationsConnections match this filter */
  all?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToOrganisationsConnections match this filter */
  none?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToOrganisationsConnections match this filter */
  single?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToOrganisationsConnections match this filter */
  some?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
};

export type FundingFlowToOrganisationsConnectionSort = {
  node?: InputMaybe<OrganisationSort>;
};

export type FundingFlowToOrganisationsConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationsConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationsConnectionWhere>>;
  node?: InputMaybe<OrganisationWhere>;
};

export type FundingFlowToOrganisationsDisconnectFieldInput = {
  disconnect?: InputMaybe<OrganisationDisconnectInput>;
  where?: InputMaybe<FundingFlowToOrganisationsConnectionWhere>;
};

export type FundingFlowToOrganisationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToOrganisationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToOrganisationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToOrganisationsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToOrganisationsRelationship = {
  __typename?: 'FundingFlowToOrganisationsRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type FundingFlowToPartnershipsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type FundingFlowToPartnershipsConnection = {
  __typename?: 'FundingFlowToPartnershipsConnection';
  aggregate: FundingFlowPartnershipToPartnershipsAggregateSelection;
  edges: Array<FundingFlowToPartnershipsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingFlowToPartnershipsConnectionAggregateInput = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipsConnectionAggregateInput>>;
  NOT?: InputMaybe<FundingFlowToPartnershipsConnectionAggregateInput>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<FundingFlowToPartnershipsNodeAggregationWhereInput>;
};

export type FundingFlowToPartnershipsConnectionFilters = {
  /** Filter FundingFlows by aggregating results on related FundingFlowToPartnershipsConnections */
  aggregate?: InputMaybe<FundingFlowToPartnershipsConnectionAggregateInput>;
  /** Return FundingFlows where all of the related FundingFlowToPartnershipsConnections match this filter */
  all?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
  /** Return FundingFlows where none of the related FundingFlowToPartnershipsConnections match this filter */
  none?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
  /** Return FundingFlows where one of the related FundingFlowToPartnershipsConnections match this filter */
  single?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
  /** Return FundingFlows where some of the related FundingFlowToPartnershipsConnections match this filter */
  some?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
};

export type FundingFlowToPartnershipsConnectionSort = {
  node?: InputMaybe<PartnershipSort>;
};

export type FundingFlowToPartnershipsConnectionWhere = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipsConnectionWhere>>;
  NOT?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipsConnectionWhere>>;
  node?: InputMaybe<PartnershipWhere>;
};

export type FundingFlowToPartnershipsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<FundingFlowToPartnershipsConnectionWhere>;
};

export type FundingFlowToPartnershipsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<FundingFlowToPartnershipsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<FundingFlowToPartnershipsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<FundingFlowToPartnershipsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type FundingFlowToPartnershipsRelationship = {
  __typename?: 'FundingFlowToPartnershipsRelationship';
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
  fromAuthorities?: InputMaybe<AuthorityRelationshipFilters>;
  fromAuthoritiesConnection?: InputMaybe<FundingFlowFromAuthoritiesConnectionFilters>;
  fromOrganisations?: InputMaybe<OrganisationRelationshipFilters>;
  fromOrganisationsConnection?: InputMaybe<FundingFlowFromOrganisationsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<FundingFlowSourcesConnectionFilters>;
  streams?: InputMaybe<FundingStreamRelationshipFilters>;
  streamsConnection?: InputMaybe<FundingFlowStreamsConnectionFilters>;
  toAuthorities?: InputMaybe<AuthorityRelationshipFilters>;
  toAuthoritiesConnection?: InputMaybe<FundingFlowToAuthoritiesConnectionFilters>;
  toOrganisations?: InputMaybe<OrganisationRelationshipFilters>;
  toOrganisationsConnection?: InputMaybe<FundingFlowToOrganisationsConnectionFilters>;
  toPartnerships?: InputMaybe<PartnershipRelationshipFilters>;
  toPartnershipsConnection?: InputMaybe<FundingFlowToPartnershipsConnectionFilters>;
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
  area: AuthorityRef;
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
  /** The GSS code (places and authorities), tier code or LGSL code (services); null for what has only an id. */
  code?: Maybe<Scalars['String']['output']>;
  /** What a question's argument accepts for it: its code where it has one, otherwise its id (a partnership's, an organisation's, a funding stream's). */
  id: Scalars['String']['output'];
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
  /** Set by the server's clock on create; no input has it. */
  createdAt: Scalars['DateTime']['output'];
  /** The `sub` of the editor's token. Set by the server; no input has it. */
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  parishes: Array<Parish>;
  parishesConnection: NoteParishesConnection;
  partnerships: Array<Partnership>;
  partnershipsConnection: NotePartnershipsConnection;
  services: Array<Service>;
  servicesConnection: NoteServicesConnection;
  text: Scalars['String']['output'];
  /** Set by the server's clock on every update; no input has it. */
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
  endedBetween: StringAggregateSelection;
  firstSeen: StringAggregateSelection;
  lastSeen: StringAggregateSelection;
  lifeBounds: StringAggregateSelection;
  name: StringAggregateSelection;
  startedBy: StringAggregateSelection;
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
  endedBetween?: InputMaybe<StringScalarAggregationFilters>;
  firstSeen?: InputMaybe<StringScalarAggregationFilters>;
  lastSeen?: InputMaybe<StringScalarAggregationFilters>;
  lifeBounds?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  startedBy?: InputMaybe<StringScalarAggregationFilters>;
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
  note?: Maybe<Scalars['String']['output']>;
  partnerships: Array<Partnership>;
  partnershipsConnection: OrganisationPartnershipsConnection;
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: OrganisationSourcesConnection;
  /** First and last day of a body that was created or abolished by law (null: not recorded, or still in being). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
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
  note: StringAggregateSelection;
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
  edge: DeliveryCreateInput;
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
  edge?: InputMaybe<DeliveryAggregationWhereInput>;
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
  edge?: InputMaybe<DeliverySort>;
  node?: InputMaybe<ServiceSort>;
};

export type OrganisationDeliversConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationDeliversConnectionWhere>>;
  NOT?: InputMaybe<OrganisationDeliversConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationDeliversConnectionWhere>>;
  edge?: InputMaybe<DeliveryWhere>;
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
  properties: Delivery;
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
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
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
  note?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
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
  note?: InputMaybe<StringScalarFilters>;
  partnerships?: InputMaybe<PartnershipRelationshipFilters>;
  partnershipsConnection?: InputMaybe<OrganisationPartnershipsConnectionFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<OrganisationSourcesConnectionFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
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
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type Parish = {
  __typename?: 'Parish';
  code: Scalars['ID']['output'];
  /** UNKNOWN unless a source says the parish has a council. */
  councilStatus: Scalars['String']['output'];
  /** In the April 2025 list. */
  current: Scalars['Boolean']['output'];
  /** "gone between Dec 2022 and April 2025"; null while the code is in the April 2025 list. */
  endedBetween?: Maybe<Scalars['String']['output']>;
  /** The first and last lists carrying the code, as ONS names them: 2016-12, 2017-12, 2018-12, 2019-12, 2022-12, 2025-04. */
  firstSeen: Scalars['String']['output'];
  /** Other names the lists give the same code (e.g. Windermere, now Windermere and Bowness). */
  formerNames: Array<Scalars['String']['output']>;
  lastSeen: Scalars['String']['output'];
  /** Both bounds in words, e.g. "in use by Dec 2016; gone between Dec 2022 and April 2025". */
  lifeBounds: Scalars['String']['output'];
  /** Lists between the first and last that leave the code out (an omission: taken as in use throughout). */
  missingFrom: Array<Scalars['String']['output']>;
  /** The name in the newest list that carries the code. */
  name: Scalars['String']['output'];
  /** The codes this one continued. */
  replaced: Array<Parish>;
  /** The code that continued this one: inferred from the lists (same name and district: RECODED; named in a joined name: MERGED). */
  replacedBy: Array<Parish>;
  replacedByConnection: ParishReplacedByConnection;
  replacedConnection: ParishReplacedConnection;
  /** Every list carrying the code. */
  seenIn: Array<Scalars['String']['output']>;
  sourceIds: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: ParishSourcesConnection;
  /** "in use by Dec 2016" (in the first list: started then or before) or "started between Dec 2019 and Dec 2022". */
  startedBy: Scalars['String']['output'];
  tiers: Array<Tier>;
  tiersConnection: ParishTiersConnection;
  /** The day the code is taken as in force from (see the type's description); null: in the first list. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The day the code is taken as in force to; null: in the April 2025 list. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** The district or unitary it lies in, as each list says, and the council that took over from it after a reorganisation, with dates. */
  within: Array<Authority>;
  withinConnection: ParishWithinConnection;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishReplacedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishReplacedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSort>>;
  where?: InputMaybe<ParishWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishReplacedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishReplacedByConnectionSort>>;
  where?: InputMaybe<ParishReplacedByConnectionWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishReplacedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishReplacedConnectionSort>>;
  where?: InputMaybe<ParishReplacedConnectionWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishSourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishSourcesConnectionSort>>;
  where?: InputMaybe<ParishSourcesConnectionWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishTiersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TierSort>>;
  where?: InputMaybe<TierWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishTiersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ParishTiersConnectionSort>>;
  where?: InputMaybe<ParishTiersConnectionWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
 */
export type ParishWithinArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AuthoritySort>>;
  where?: InputMaybe<AuthorityWhere>;
};


/**
 * A civil parish area, one per ONS parish code (E04), from the ONS lists of December 2016, 2017,
 * 2018, 2019 and 2022 and April 2025. A code's life is known only within bounds: it is in use at
 * the dates of the lists that carry it. It is taken as in force (`validFrom`/`validTo`) from the
 * day after the last list without it (null when it is in the first list) to the date of the last
 * list with it (null when it is in the April 2025 list). Whether it has a parish or town council,
 * or only a parish meeting, is not recorded in the ONS data: `councilStatus` says so honestly.
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
  endedBetween: StringAggregateSelection;
  firstSeen: StringAggregateSelection;
  lastSeen: StringAggregateSelection;
  lifeBounds: StringAggregateSelection;
  name: StringAggregateSelection;
  startedBy: StringAggregateSelection;
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
  replaced?: InputMaybe<Array<ParishReplacedConnectFieldInput>>;
  replacedBy?: InputMaybe<Array<ParishReplacedByConnectFieldInput>>;
  sources?: InputMaybe<Array<ParishSourcesConnectFieldInput>>;
  tiers?: InputMaybe<Array<ParishTiersConnectFieldInput>>;
  within?: InputMaybe<Array<ParishWithinConnectFieldInput>>;
};

export type ParishConnectWhere = {
  node: ParishWhere;
};

export type ParishDisconnectInput = {
  replaced?: InputMaybe<Array<ParishReplacedDisconnectFieldInput>>;
  replacedBy?: InputMaybe<Array<ParishReplacedByDisconnectFieldInput>>;
  sources?: InputMaybe<Array<ParishSourcesDisconnectFieldInput>>;
  tiers?: InputMaybe<Array<ParishTiersDisconnectFieldInput>>;
  within?: InputMaybe<Array<ParishWithinDisconnectFieldInput>>;
};

export type ParishEdge = {
  __typename?: 'ParishEdge';
  cursor: Scalars['String']['output'];
  node: Parish;
};

export type ParishParishReplacedAggregateSelection = {
  __typename?: 'ParishParishReplacedAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ParishParishReplacedEdgeAggregateSelection>;
  node?: Maybe<ParishParishReplacedNodeAggregateSelection>;
};

export type ParishParishReplacedByAggregateSelection = {
  __typename?: 'ParishParishReplacedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ParishParishReplacedByEdgeAggregateSelection>;
  node?: Maybe<ParishParishReplacedByNodeAggregateSelection>;
};

export type ParishParishReplacedByEdgeAggregateSelection = {
  __typename?: 'ParishParishReplacedByEdgeAggregateSelection';
  basis: StringAggregateSelection;
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ParishParishReplacedByNodeAggregateSelection = {
  __typename?: 'ParishParishReplacedByNodeAggregateSelection';
  councilStatus: StringAggregateSelection;
  endedBetween: StringAggregateSelection;
  firstSeen: StringAggregateSelection;
  lastSeen: StringAggregateSelection;
  lifeBounds: StringAggregateSelection;
  name: StringAggregateSelection;
  startedBy: StringAggregateSelection;
};

export type ParishParishReplacedEdgeAggregateSelection = {
  __typename?: 'ParishParishReplacedEdgeAggregateSelection';
  basis: StringAggregateSelection;
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type ParishParishReplacedNodeAggregateSelection = {
  __typename?: 'ParishParishReplacedNodeAggregateSelection';
  councilStatus: StringAggregateSelection;
  endedBetween: StringAggregateSelection;
  firstSeen: StringAggregateSelection;
  lastSeen: StringAggregateSelection;
  lifeBounds: StringAggregateSelection;
  name: StringAggregateSelection;
  startedBy: StringAggregateSelection;
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

export type ParishReplacedByConnectFieldInput = {
  connect?: InputMaybe<Array<ParishConnectInput>>;
  edge: SuccessionCreateInput;
  where?: InputMaybe<ParishConnectWhere>;
};

export type ParishReplacedByConnection = {
  __typename?: 'ParishReplacedByConnection';
  aggregate: ParishParishReplacedByAggregateSelection;
  edges: Array<ParishReplacedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishReplacedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishReplacedByConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishReplacedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishReplacedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SuccessionAggregationWhereInput>;
  node?: InputMaybe<ParishReplacedByNodeAggregationWhereInput>;
};

export type ParishReplacedByConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishReplacedByConnections */
  aggregate?: InputMaybe<ParishReplacedByConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishReplacedByConnections match this filter */
  all?: InputMaybe<ParishReplacedByConnectionWhere>;
  /** Return Parishes where none of the related ParishReplacedByConnections match this filter */
  none?: InputMaybe<ParishReplacedByConnectionWhere>;
  /** Return Parishes where one of the related ParishReplacedByConnections match this filter */
  single?: InputMaybe<ParishReplacedByConnectionWhere>;
  /** Return Parishes where some of the related ParishReplacedByConnections match this filter */
  some?: InputMaybe<ParishReplacedByConnectionWhere>;
};

export type ParishReplacedByConnectionSort = {
  edge?: InputMaybe<SuccessionSort>;
  node?: InputMaybe<ParishSort>;
};

export type ParishReplacedByConnectionWhere = {
  AND?: InputMaybe<Array<ParishReplacedByConnectionWhere>>;
  NOT?: InputMaybe<ParishReplacedByConnectionWhere>;
  OR?: InputMaybe<Array<ParishReplacedByConnectionWhere>>;
  edge?: InputMaybe<SuccessionWhere>;
  node?: InputMaybe<ParishWhere>;
};

export type ParishReplacedByDisconnectFieldInput = {
  disconnect?: InputMaybe<ParishDisconnectInput>;
  where?: InputMaybe<ParishReplacedByConnectionWhere>;
};

export type ParishReplacedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishReplacedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishReplacedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishReplacedByNodeAggregationWhereInput>>;
  councilStatus?: InputMaybe<StringScalarAggregationFilters>;
  endedBetween?: InputMaybe<StringScalarAggregationFilters>;
  firstSeen?: InputMaybe<StringScalarAggregationFilters>;
  lastSeen?: InputMaybe<StringScalarAggregationFilters>;
  lifeBounds?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  startedBy?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishReplacedByRelationship = {
  __typename?: 'ParishReplacedByRelationship';
  cursor: Scalars['String']['output'];
  node: Parish;
  properties: Succession;
};

export type ParishReplacedConnectFieldInput = {
  connect?: InputMaybe<Array<ParishConnectInput>>;
  edge: SuccessionCreateInput;
  where?: InputMaybe<ParishConnectWhere>;
};

export type ParishReplacedConnection = {
  __typename?: 'ParishReplacedConnection';
  aggregate: ParishParishReplacedAggregateSelection;
  edges: Array<ParishReplacedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishReplacedConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishReplacedConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishReplacedConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishReplacedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SuccessionAggregationWhereInput>;
  node?: InputMaybe<ParishReplacedNodeAggregationWhereInput>;
};

export type ParishReplacedConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishReplacedConnections */
  aggregate?: InputMaybe<ParishReplacedConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishReplacedConnections match this filter */
  all?: InputMaybe<ParishReplacedConnectionWhere>;
  /** Return Parishes where none of the related ParishReplacedConnections match this filter */
  none?: InputMaybe<ParishReplacedConnectionWhere>;
  /** Return Parishes where one of the related ParishReplacedConnections match this filter */
  single?: InputMaybe<ParishReplacedConnectionWhere>;
  /** Return Parishes where some of the related ParishReplacedConnections match this filter */
  some?: InputMaybe<ParishReplacedConnectionWhere>;
};

export type ParishReplacedConnectionSort = {
  edge?: InputMaybe<SuccessionSort>;
  node?: InputMaybe<ParishSort>;
};

export type ParishReplacedConnectionWhere = {
  AND?: InputMaybe<Array<ParishReplacedConnectionWhere>>;
  NOT?: InputMaybe<ParishReplacedConnectionWhere>;
  OR?: InputMaybe<Array<ParishReplacedConnectionWhere>>;
  edge?: InputMaybe<SuccessionWhere>;
  node?: InputMaybe<ParishWhere>;
};

export type ParishReplacedDisconnectFieldInput = {
  disconnect?: InputMaybe<ParishDisconnectInput>;
  where?: InputMaybe<ParishReplacedConnectionWhere>;
};

export type ParishReplacedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishReplacedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishReplacedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishReplacedNodeAggregationWhereInput>>;
  councilStatus?: InputMaybe<StringScalarAggregationFilters>;
  endedBetween?: InputMaybe<StringScalarAggregationFilters>;
  firstSeen?: InputMaybe<StringScalarAggregationFilters>;
  lastSeen?: InputMaybe<StringScalarAggregationFilters>;
  lifeBounds?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  startedBy?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishReplacedRelationship = {
  __typename?: 'ParishReplacedRelationship';
  cursor: Scalars['String']['output'];
  node: Parish;
  properties: Succession;
};

/** Fields to sort Parishes by. The order in which sorts are applied is not guaranteed when specifying many fields in one ParishSort object. */
export type ParishSort = {
  code?: InputMaybe<SortDirection>;
  councilStatus?: InputMaybe<SortDirection>;
  current?: InputMaybe<SortDirection>;
  endedBetween?: InputMaybe<SortDirection>;
  firstSeen?: InputMaybe<SortDirection>;
  lastSeen?: InputMaybe<SortDirection>;
  lifeBounds?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  startedBy?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
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

export type ParishTierTiersAggregateSelection = {
  __typename?: 'ParishTierTiersAggregateSelection';
  count: CountConnection;
  node?: Maybe<ParishTierTiersNodeAggregateSelection>;
};

export type ParishTierTiersNodeAggregateSelection = {
  __typename?: 'ParishTierTiersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ParishTiersConnectFieldInput = {
  connect?: InputMaybe<Array<TierConnectInput>>;
  where?: InputMaybe<TierConnectWhere>;
};

export type ParishTiersConnection = {
  __typename?: 'ParishTiersConnection';
  aggregate: ParishTierTiersAggregateSelection;
  edges: Array<ParishTiersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParishTiersConnectionAggregateInput = {
  AND?: InputMaybe<Array<ParishTiersConnectionAggregateInput>>;
  NOT?: InputMaybe<ParishTiersConnectionAggregateInput>;
  OR?: InputMaybe<Array<ParishTiersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ParishTiersNodeAggregationWhereInput>;
};

export type ParishTiersConnectionFilters = {
  /** Filter Parishes by aggregating results on related ParishTiersConnections */
  aggregate?: InputMaybe<ParishTiersConnectionAggregateInput>;
  /** Return Parishes where all of the related ParishTiersConnections match this filter */
  all?: InputMaybe<ParishTiersConnectionWhere>;
  /** Return Parishes where none of the related ParishTiersConnections match this filter */
  none?: InputMaybe<ParishTiersConnectionWhere>;
  /** Return Parishes where one of the related ParishTiersConnections match this filter */
  single?: InputMaybe<ParishTiersConnectionWhere>;
  /** Return Parishes where some of the related ParishTiersConnections match this filter */
  some?: InputMaybe<ParishTiersConnectionWhere>;
};

export type ParishTiersConnectionSort = {
  node?: InputMaybe<TierSort>;
};

export type ParishTiersConnectionWhere = {
  AND?: InputMaybe<Array<ParishTiersConnectionWhere>>;
  NOT?: InputMaybe<ParishTiersConnectionWhere>;
  OR?: InputMaybe<Array<ParishTiersConnectionWhere>>;
  node?: InputMaybe<TierWhere>;
};

export type ParishTiersDisconnectFieldInput = {
  disconnect?: InputMaybe<TierDisconnectInput>;
  where?: InputMaybe<ParishTiersConnectionWhere>;
};

export type ParishTiersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ParishTiersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ParishTiersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ParishTiersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ParishTiersRelationship = {
  __typename?: 'ParishTiersRelationship';
  cursor: Scalars['String']['output'];
  node: Tier;
};

export type ParishWhere = {
  AND?: InputMaybe<Array<ParishWhere>>;
  NOT?: InputMaybe<ParishWhere>;
  OR?: InputMaybe<Array<ParishWhere>>;
  code?: InputMaybe<IdScalarFilters>;
  councilStatus?: InputMaybe<StringScalarFilters>;
  current?: InputMaybe<BooleanScalarFilters>;
  endedBetween?: InputMaybe<StringScalarFilters>;
  firstSeen?: InputMaybe<StringScalarFilters>;
  formerNames?: InputMaybe<StringListFilters>;
  lastSeen?: InputMaybe<StringScalarFilters>;
  lifeBounds?: InputMaybe<StringScalarFilters>;
  missingFrom?: InputMaybe<StringListFilters>;
  name?: InputMaybe<StringScalarFilters>;
  replaced?: InputMaybe<ParishRelationshipFilters>;
  replacedBy?: InputMaybe<ParishRelationshipFilters>;
  replacedByConnection?: InputMaybe<ParishReplacedByConnectionFilters>;
  replacedConnection?: InputMaybe<ParishReplacedConnectionFilters>;
  seenIn?: InputMaybe<StringListFilters>;
  sourceIds?: InputMaybe<StringListFilters>;
  sources?: InputMaybe<SourceRelationshipFilters>;
  sourcesConnection?: InputMaybe<ParishSourcesConnectionFilters>;
  startedBy?: InputMaybe<StringScalarFilters>;
  tiers?: InputMaybe<TierRelationshipFilters>;
  tiersConnection?: InputMaybe<ParishTiersConnectionFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
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
  parents: Array<Partnership>;
  parentsConnection: PartnershipParentsConnection;
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
export type PartnershipParentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipSort>>;
  where?: InputMaybe<PartnershipWhere>;
};


/** A partnership, board, forum, deal or joint arrangement. */
export type PartnershipParentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PartnershipParentsConnectionSort>>;
  where?: InputMaybe<PartnershipParentsConnectionWhere>;
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
  parents?: InputMaybe<Array<PartnershipParentsConnectFieldInput>>;
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
  parents?: InputMaybe<Array<PartnershipParentsDisconnectFieldInput>>;
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

export type PartnershipParentsConnectFieldInput = {
  connect?: InputMaybe<Array<PartnershipConnectInput>>;
  edge: DatedCreateInput;
  where?: InputMaybe<PartnershipConnectWhere>;
};

export type PartnershipParentsConnection = {
  __typename?: 'PartnershipParentsConnection';
  aggregate: PartnershipPartnershipParentsAggregateSelection;
  edges: Array<PartnershipParentsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipParentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PartnershipParentsConnectionAggregateInput>>;
  NOT?: InputMaybe<PartnershipParentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PartnershipParentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<DatedAggregationWhereInput>;
  node?: InputMaybe<PartnershipParentsNodeAggregationWhereInput>;
};

export type PartnershipParentsConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipParentsConnections */
  aggregate?: InputMaybe<PartnershipParentsConnectionAggregateInput>;
  /** Return Partnerships where all of the related PartnershipParentsConnections match this filter */
  all?: InputMaybe<PartnershipParentsConnectionWhere>;
  /** Return Partnerships where none of the related PartnershipParentsConnections match this filter */
  none?: InputMaybe<PartnershipParentsConnectionWhere>;
  /** Return Partnerships where one of the related PartnershipParentsConnections match this filter */
  single?: InputMaybe<PartnershipParentsConnectionWhere>;
  /** Return Partnerships where some of the related PartnershipParentsConnections match this filter */
  some?: InputMaybe<PartnershipParentsConnectionWhere>;
};

export type PartnershipParentsConnectionSort = {
  edge?: InputMaybe<DatedSort>;
  node?: InputMaybe<PartnershipSort>;
};

export type PartnershipParentsConnectionWhere = {
  AND?: InputMaybe<Array<PartnershipParentsConnectionWhere>>;
  NOT?: InputMaybe<PartnershipParentsConnectionWhere>;
  OR?: InputMaybe<Array<PartnershipParentsConnectionWhere>>;
  edge?: InputMaybe<DatedWhere>;
  node?: InputMaybe<PartnershipWhere>;
};

export type PartnershipParentsDisconnectFieldInput = {
  disconnect?: InputMaybe<PartnershipDisconnectInput>;
  where?: InputMaybe<PartnershipParentsConnectionWhere>;
};

export type PartnershipParentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PartnershipParentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PartnershipParentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PartnershipParentsNodeAggregationWhereInput>>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
};

export type PartnershipParentsRelationship = {
  __typename?: 'PartnershipParentsRelationship';
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

export type PartnershipPartnershipParentsAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PartnershipPartnershipParentsEdgeAggregateSelection>;
  node?: Maybe<PartnershipPartnershipParentsNodeAggregateSelection>;
};

export type PartnershipPartnershipParentsEdgeAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentsEdgeAggregateSelection';
  cite: StringAggregateSelection;
  source: StringAggregateSelection;
};

export type PartnershipPartnershipParentsNodeAggregateSelection = {
  __typename?: 'PartnershipPartnershipParentsNodeAggregateSelection';
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
  parents?: InputMaybe<PartnershipRelationshipFilters>;
  parentsConnection?: InputMaybe<PartnershipParentsConnectionFilters>;
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
  /** The relationship's own basis: a RESPONSIBLE_FOR's Basis, a parish succession's RECODED or MERGED; null for others. */
  basis?: Maybe<Scalars['String']['output']>;
  cite?: Maybe<Scalars['String']['output']>;
  from: NodeRef;
  relationship: Scalars['String']['output'];
  source: Scalars['String']['output'];
  to: NodeRef;
  /** First and last day (inclusive) the step holds; null: open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  validFromCite?: Maybe<Scalars['String']['output']>;
  /** The Act or statutory instrument (Source id) and section that fix validFrom, where one does (RESPONSIBLE_FOR, DELIVERED_BY); for a combined authority's OF_TIER or CONSTITUENT_OF, the register or list that dates it. */
  validFromSource?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  validToCite?: Maybe<Scalars['String']['output']>;
  /** The Act or statutory instrument (Source id) and section that fix validTo. */
  validToSource?: Maybe<Scalars['String']['output']>;
  /**
   * DATED when the step has a validFrom or validTo, UNDATED when it has neither: then it is applied
   * to every date. An UNDATED RESPONSIBLE_FOR or DELIVERED_BY is today's list, not a statement that
   * the same held in earlier years.
   */
  validity: Validity;
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
  on: Scalars['Date']['output'];
  /** The postcode as ONSPD writes it, e.g. ME14 1XQ. */
  postcode: Scalars['String']['output'];
  sources: Array<SourceRef>;
};

/** A body a postcode falls under, and how the graph puts it there. */
export type PostcodeBody = {
  __typename?: 'PostcodeBody';
  body: BodyRef;
  path: Array<PathStep>;
  relationship: PostcodeRelationship;
};

/** How a postcode comes under a body. */
export type PostcodeRelationship =
  /** A combined authority of which an area it lies within is a constituent council. */
  | 'COMBINED_AUTHORITY'
  /** The fire and rescue authority of an area it lies within. */
  | 'FIRE_AND_RESCUE'
  /** A partnership covering an area it lies within. */
  | 'PARTNERSHIP'
  /** The postcode lies within it: its district or unitary, county, GLA (and the parish or unparished area). */
  | 'WITHIN';

/** Who delivers a service in a place on a date, and why. */
export type Provision = {
  __typename?: 'Provision';
  authority: AuthorityRef;
  basis: Basis;
  /** Functional bodies that deliver it for the authority on the date (e.g. Transport for London for the GLA; LFEPA until 31 March 2018, then the London Fire Commissioner). */
  deliveredBy: Array<DeliveringBody>;
  /** Caveats, e.g. that a parish area may have no parish council. */
  note?: Maybe<Scalars['String']['output']>;
  /** The date the answer holds for. */
  on: Scalars['Date']['output'];
  /** The graph steps from the place to the provider, from its tier to the service, and from the service to the bodies delivering it. */
  path: Array<PathStep>;
  place: NodeRef;
  service: NodeRef;
  sources: Array<SourceRef>;
  tier: Scalars['String']['output'];
  tierName: Scalars['String']['output'];
  /**
   * Whether the tier's responsibility for the service is dated: DATED (in force on the date by its
   * validFrom/validTo and their Act, see the RESPONSIBLE_FOR step of the path; or, for a function a
   * combined authority holds from its establishment, by that authority's first and last day, see
   * the OF_TIER step) or UNDATED (no dates recorded: the current responsibility, applied to every
   * date).
   */
  validity: Validity;
};

export type Query = {
  __typename?: 'Query';
  authorities: Array<Authority>;
  authoritiesConnection: AuthoritiesConnection;
  /**
   * What changed in an area between two dates: authorities created and abolished with their
   * successors, parish codes started, ended, recoded and merged (bounded by the ONS lists),
   * responsibilities and deliverers that moved, dated memberships, and funding year on year.
   * `area`: an authority (GSS code or name), including one abolished by `to`; `from` must not be
   * after `to`. A change counts when the state on `from` differs from the state on `to`.
   */
  changes: Changes;
  conflicts: Array<Conflict>;
  conflictsConnection: ConflictsConnection;
  /**
   * Funding flows filtered by recipient, payer, stream and financial year (e.g. 2019-20), with totals.
   * `limit`: how many flows are listed, 1 to 10000, default 1000 (`count` and `total` cover all that match).
   */
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
  /**
   * Pairwise overlap of the partnerships in an area (an authority's GSS code or name), or in England when area is omitted.
   * `limit`: how many pairs, best first, 1 to 10000, default 500.
   */
  partnershipOverlap: PartnershipOverlap;
  partnerships: Array<Partnership>;
  partnershipsConnection: PartnershipsConnection;
  /** Every area and body a postcode (any usual form: ME14 1XQ, me141xq) falls under on a date (default today). */
  postcode: PostcodeAnswer;
  /** What if `by` took over the partnerships in `subsume` (ids or names)? Read-only. */
  rationalisationScenario: Scenario;
  /**
   * Places, bodies, services and partnerships by what people type: a code (GSS current or former,
   * the register's three-letter code, SNAC, E-code, GOV.UK slug, LGSL), a name or alternative name,
   * an everyday word ("bins"), a postcode, or a misspelling of any of these. Exact matches first,
   * then full-text matches (English stemming, fuzzy and prefix), best first; what is in force `on`
   * the date (default today) ranks above what is not. `kinds`: default all. `limit`:
   * 1–50, default 10.
   */
  search: Array<SearchHit>;
  services: Array<Service>;
  servicesConnection: ServicesConnection;
  /** What an authority (GSS code or name) is responsible for on a date, grouped by basis. */
  servicesOf: AuthorityServices;
  sources: Array<Source>;
  sourcesConnection: SourcesConnection;
  /**
   * Partnerships a broader body (Locality Board, Kent Forum, combined authority, London sub-region; id or name) could subsume, best first.
   * `limit`: how many candidates, 1 to 1000, default 100.
   */
  subsumptionCandidates: Array<Candidate>;
  /** Every service with a responsible tier on a date (default today), against every tier. */
  tierMatrix: TierMatrix;
  tiers: Array<Tier>;
  tiersConnection: TiersConnection;
  unparishedAreas: Array<UnparishedArea>;
  unparishedAreasConnection: UnparishedAreasConnection;
  /**
   * Who delivers service S in place P on date D, and why. `service`: an LGSL code ("524") or a
   * name; `place`: a GSS code (parish E04, district E07, unitary E06, metropolitan E08, London
   * E09, county E10...), a name, or an English postcode in any usual form (ME14 1XQ, me141xq); `on`: the day, default today.
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


export type QueryChangesArgs = {
  area: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryConflictsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ConflictSort>>;
  where?: InputMaybe<ConflictWhere>;
};


export type QueryConflictsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ConflictSort>>;
  where?: InputMaybe<ConflictWhere>;
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
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRationalisationScenarioArgs = {
  by: Scalars['String']['input'];
  subsume: Array<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<SearchKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
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
  on?: InputMaybe<Scalars['Date']['input']>;
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
  limit?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryTierMatrixArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
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
  on?: InputMaybe<Scalars['Date']['input']>;
  place: Scalars['String']['input'];
  service: Scalars['String']['input'];
};

/** What to do with a candidate partnership. */
export type Recommendation =
  /** Statutory: it cannot be abolished, only aligned with the broader body or merged by the route its law sets. */
  | 'ALIGN_OR_MERGE'
  /** Inside the area but scoring less: align its work with the broader body's. */
  | 'CONSIDER_ALIGNING'
  /** It covers none of the broader body's area. */
  | 'OUTSIDE_AREA'
  /** It straddles the broader body's boundary. */
  | 'PARTIAL'
  /** Inside the broader body's area and scoring 0.75 or more: the broader body could take it over. */
  | 'SUBSUME';

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
  /**
   * ESTABLISHMENT: each authority of the tier holds the function from the order that establishes it
   * (a combined authority's transport and economic-development functions): dated by that
   * authority's own first and last day (the OF_TIER step of a whoDelivers path), not by one date
   * for the tier. null otherwise.
   */
  heldFrom?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validFromCite?: Maybe<Scalars['String']['output']>;
  /** Id of the Source (an Act or statutory instrument) that fixes validFrom. */
  validFromSource?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  validToCite?: Maybe<Scalars['String']['output']>;
  /** Id of the Source (an Act or statutory instrument) that fixes validTo. */
  validToSource?: Maybe<Scalars['String']['output']>;
};

export type ResponsibilityAggregationWhereInput = {
  AND?: InputMaybe<Array<ResponsibilityAggregationWhereInput>>;
  NOT?: InputMaybe<ResponsibilityAggregationWhereInput>;
  OR?: InputMaybe<Array<ResponsibilityAggregationWhereInput>>;
  basis?: InputMaybe<StringScalarAggregationFilters>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  heldFrom?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  validFromCite?: InputMaybe<StringScalarAggregationFilters>;
  validFromSource?: InputMaybe<StringScalarAggregationFilters>;
  validToCite?: InputMaybe<StringScalarAggregationFilters>;
  validToSource?: InputMaybe<StringScalarAggregationFilters>;
};

export type ResponsibilityCreateInput = {
  basis: Scalars['String']['input'];
  cite?: InputMaybe<Scalars['String']['input']>;
  heldFrom?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validFromCite?: InputMaybe<Scalars['String']['input']>;
  validFromSource?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  validToCite?: InputMaybe<Scalars['String']['input']>;
  validToSource?: InputMaybe<Scalars['String']['input']>;
};

export type ResponsibilitySort = {
  basis?: InputMaybe<SortDirection>;
  cite?: InputMaybe<SortDirection>;
  heldFrom?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validFromCite?: InputMaybe<SortDirection>;
  validFromSource?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
  validToCite?: InputMaybe<SortDirection>;
  validToSource?: InputMaybe<SortDirection>;
};

export type ResponsibilityWhere = {
  AND?: InputMaybe<Array<ResponsibilityWhere>>;
  NOT?: InputMaybe<ResponsibilityWhere>;
  OR?: InputMaybe<Array<ResponsibilityWhere>>;
  basis?: InputMaybe<StringScalarFilters>;
  cite?: InputMaybe<StringScalarFilters>;
  heldFrom?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validFromCite?: InputMaybe<StringScalarFilters>;
  validFromSource?: InputMaybe<StringScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
  validToCite?: InputMaybe<StringScalarFilters>;
  validToSource?: InputMaybe<StringScalarFilters>;
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

/** One thing search found. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The GSS code (places, authorities), LGSL code (services) or the postcode; null for the rest (which have only an id). */
  code?: Maybe<Scalars['String']['output']>;
  /** What a question's argument accepts: a GSS or LGSL code, a postcode, or the id of a partnership, organisation or funding stream. */
  id: Scalars['String']['output'];
  /** Whether it is in force on the date asked. */
  inForce: Scalars['Boolean']['output'];
  kind: SearchKind;
  match: SearchMatch;
  name: Scalars['String']['output'];
  /** Relevance (Lucene's score; EXACT 1000), halved for what is not in force on the date; best first. */
  score: Scalars['Float']['output'];
  /** What it is: the register's type name, a partnership's or organisation's kind. */
  typeName?: Maybe<Scalars['String']['output']>;
  /** First and last day (inclusive); null: open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  /** For a place: the authority it lies within (on the date, where known). */
  within?: Maybe<Scalars['String']['output']>;
};

/** What search looks among. */
export type SearchKind =
  | 'AUTHORITY'
  | 'FUNDING_STREAM'
  | 'ORGANISATION'
  | 'PARISH'
  | 'PARTNERSHIP'
  | 'POSTCODE'
  | 'SERVICE'
  | 'UNPARISHED_AREA';

/** How search found a hit. */
export type SearchMatch =
  /** The text is one of its names or codes (or its postcode). */
  | 'EXACT'
  /** Found by the full-text index (stemmed, fuzzy or prefix). */
  | 'SEARCH';

/**
 * A local government service: an LGSL code from the ESD list (with GOV.UK's providing tier
 * where GOV.UK uses it), or a function the list leaves out (code TG-...).
 */
export type Service = {
  __typename?: 'Service';
  /** LGSL code, e.g. "524", or TG-... for functions outside the LGSL list. */
  code: Scalars['ID']['output'];
  /** Bodies that deliver it on a tier's behalf (e.g. Transport for London for the GLA), with the dates each did so where the law changed. */
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
  edge: DeliveryCreateInput;
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
  edge?: InputMaybe<DeliveryAggregationWhereInput>;
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
  edge?: InputMaybe<DeliverySort>;
  node?: InputMaybe<OrganisationSort>;
};

export type ServiceDeliveredByConnectionWhere = {
  AND?: InputMaybe<Array<ServiceDeliveredByConnectionWhere>>;
  NOT?: InputMaybe<ServiceDeliveredByConnectionWhere>;
  OR?: InputMaybe<Array<ServiceDeliveredByConnectionWhere>>;
  edge?: InputMaybe<DeliveryWhere>;
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
  note?: InputMaybe<StringScalarAggregationFilters>;
};

export type ServiceDeliveredByRelationship = {
  __typename?: 'ServiceDeliveredByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Delivery;
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
  basis: Basis;
  services: Array<ServiceResponsibility>;
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
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
};

export type ServiceOrganisationDeliveredByNodeAggregateSelection = {
  __typename?: 'ServiceOrganisationDeliveredByNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  note: StringAggregateSelection;
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

/** A service an authority is responsible for on a date, and whether that responsibility is dated. */
export type ServiceResponsibility = {
  __typename?: 'ServiceResponsibility';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  /** As for Provision.validity. */
  validity: Validity;
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
  heldFrom: StringAggregateSelection;
  source: StringAggregateSelection;
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
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

/**
 * The edge properties for the following fields:
 * * Parish.replacedBy
 * * Parish.replaced
 */
export type Succession = {
  __typename?: 'Succession';
  /** RECODED (same name, same district) or MERGED (the new name joins the names of two or more codes gone at the same time). */
  basis: Scalars['String']['output'];
  /** The evidence: both codes, names, lists, files and lines. */
  cite?: Maybe<Scalars['String']['output']>;
  /** True: inferred from the lists, not stated by ONS. */
  inferred: Scalars['Boolean']['output'];
  /** Id of the Source (the list that first carries the later code). */
  source: Scalars['String']['output'];
  /** The day the later code is taken as in force from. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type SuccessionAggregationWhereInput = {
  AND?: InputMaybe<Array<SuccessionAggregationWhereInput>>;
  NOT?: InputMaybe<SuccessionAggregationWhereInput>;
  OR?: InputMaybe<Array<SuccessionAggregationWhereInput>>;
  basis?: InputMaybe<StringScalarAggregationFilters>;
  cite?: InputMaybe<StringScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type SuccessionCreateInput = {
  basis: Scalars['String']['input'];
  cite?: InputMaybe<Scalars['String']['input']>;
  inferred: Scalars['Boolean']['input'];
  source: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type SuccessionSort = {
  basis?: InputMaybe<SortDirection>;
  cite?: InputMaybe<SortDirection>;
  inferred?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type SuccessionWhere = {
  AND?: InputMaybe<Array<SuccessionWhere>>;
  NOT?: InputMaybe<SuccessionWhere>;
  OR?: InputMaybe<Array<SuccessionWhere>>;
  basis?: InputMaybe<StringScalarFilters>;
  cite?: InputMaybe<StringScalarFilters>;
  inferred?: InputMaybe<BooleanScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validTo?: InputMaybe<DateScalarFilters>;
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

/** Services × tiers: the whole "who does what" table on a date. */
export type TierMatrix = {
  __typename?: 'TierMatrix';
  on: Scalars['Date']['output'];
  rows: Array<TierMatrixRow>;
  tiers: Array<NodeRef>;
};

export type TierMatrixCell = {
  __typename?: 'TierMatrixCell';
  /** null when the tier has no responsibility for the service on the date. */
  basis?: Maybe<Basis>;
  tier: Scalars['String']['output'];
  /** As for Provision.validity; null with basis. */
  validity?: Maybe<Validity>;
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
  heldFrom: StringAggregateSelection;
  source: StringAggregateSelection;
  validFromCite: StringAggregateSelection;
  validFromSource: StringAggregateSelection;
  validToCite: StringAggregateSelection;
  validToSource: StringAggregateSelection;
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

/** Whether a fact carries dates. */
export type Validity =
  /** It has a validFrom or a validTo (or both), and holds only between them. */
  | 'DATED'
  /** It has neither: it is applied to every date (for a responsibility: today's list, not a statement about earlier years). */
  | 'UNDATED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Member:
    | ( Omit<Authority, 'children' | 'combinedAuthorities' | 'constituents' | 'fireAuthorities' | 'fundingPaid' | 'fundingPaidConnection' | 'fundingReceived' | 'fundingReceivedConnection' | 'parishes' | 'parishesConnection' | 'partnerships' | 'partnershipsConnection' | 'replaced' | 'replacedBy' | 'replacedByConnection' | 'replacedConnection' | 'tiers' | 'tiersConnection' | 'unparishedAreas' | 'unparishedAreasConnection' | 'within' | 'withinConnection'> & { children: Array<_RefType['Authority']>, combinedAuthorities: Array<_RefType['Authority']>, constituents: Array<_RefType['Authority']>, fireAuthorities: Array<_RefType['Authority']>, fundingPaid: Array<_RefType['FundingFlow']>, fundingPaidConnection: _RefType['AuthorityFundingPaidConnection'], fundingReceived: Array<_RefType['FundingFlow']>, fundingReceivedConnection: _RefType['AuthorityFundingReceivedConnection'], parishes: Array<_RefType['Parish']>, parishesConnection: _RefType['AuthorityParishesConnection'], partnerships: Array<_RefType['Partnership']>, partnershipsConnection: _RefType['AuthorityPartnershipsConnection'], replaced: Array<_RefType['Authority']>, replacedBy: Array<_RefType['Authority']>, replacedByConnection: _RefType['AuthorityReplacedByConnection'], replacedConnection: _RefType['AuthorityReplacedConnection'], tiers: Array<_RefType['Tier']>, tiersConnection: _RefType['AuthorityTiersConnection'], unparishedAreas: Array<_RefType['UnparishedArea']>, unparishedAreasConnection: _RefType['AuthorityUnparishedAreasConnection'], within: Array<_RefType['Authority']>, withinConnection: _RefType['AuthorityWithinConnection'] } )
    | ( Omit<Organisation, 'delivers' | 'deliversConnection' | 'fundingPaid' | 'partnerships' | 'partnershipsConnection'> & { delivers: Array<_RefType['Service']>, deliversConnection: _RefType['OrganisationDeliversConnection'], fundingPaid: Array<_RefType['FundingFlow']>, partnerships: Array<_RefType['Partnership']>, partnershipsConnection: _RefType['OrganisationPartnershipsConnection'] } )
    | ( Omit<Partnership, 'covers' | 'fundingReceived' | 'memberOf' | 'members' | 'membersConnection' | 'parents' | 'parentsConnection' | 'replacedBy' | 'replacedByConnection' | 'services' | 'subGroups' | 'subGroupsConnection'> & { covers: Array<_RefType['Authority']>, fundingReceived: Array<_RefType['FundingFlow']>, memberOf: Array<_RefType['Partnership']>, members: Array<_RefType['Member']>, membersConnection: _RefType['PartnershipMembersConnection'], parents: Array<_RefType['Partnership']>, parentsConnection: _RefType['PartnershipParentsConnection'], replacedBy: Array<_RefType['Partnership']>, replacedByConnection: _RefType['PartnershipReplacedByConnection'], services: Array<_RefType['Service']>, subGroups: Array<_RefType['Partnership']>, subGroupsConnection: _RefType['PartnershipSubGroupsConnection'] } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuthoritiesConnection: ResolverTypeWrapper<Omit<AuthoritiesConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityEdge']> }>;
  Authority: ResolverTypeWrapper<Omit<Authority, 'children' | 'combinedAuthorities' | 'constituents' | 'fireAuthorities' | 'fundingPaid' | 'fundingPaidConnection' | 'fundingReceived' | 'fundingReceivedConnection' | 'parishes' | 'parishesConnection' | 'partnerships' | 'partnershipsConnection' | 'replaced' | 'replacedBy' | 'replacedByConnection' | 'replacedConnection' | 'tiers' | 'tiersConnection' | 'unparishedAreas' | 'unparishedAreasConnection' | 'within' | 'withinConnection'> & { children: Array<ResolversTypes['Authority']>, combinedAuthorities: Array<ResolversTypes['Authority']>, constituents: Array<ResolversTypes['Authority']>, fireAuthorities: Array<ResolversTypes['Authority']>, fundingPaid: Array<ResolversTypes['FundingFlow']>, fundingPaidConnection: ResolversTypes['AuthorityFundingPaidConnection'], fundingReceived: Array<ResolversTypes['FundingFlow']>, fundingReceivedConnection: ResolversTypes['AuthorityFundingReceivedConnection'], parishes: Array<ResolversTypes['Parish']>, parishesConnection: ResolversTypes['AuthorityParishesConnection'], partnerships: Array<ResolversTypes['Partnership']>, partnershipsConnection: ResolversTypes['AuthorityPartnershipsConnection'], replaced: Array<ResolversTypes['Authority']>, replacedBy: Array<ResolversTypes['Authority']>, replacedByConnection: ResolversTypes['AuthorityReplacedByConnection'], replacedConnection: ResolversTypes['AuthorityReplacedConnection'], tiers: Array<ResolversTypes['Tier']>, tiersConnection: ResolversTypes['AuthorityTiersConnection'], unparishedAreas: Array<ResolversTypes['UnparishedArea']>, unparishedAreasConnection: ResolversTypes['AuthorityUnparishedAreasConnection'], within: Array<ResolversTypes['Authority']>, withinConnection: ResolversTypes['AuthorityWithinConnection'] }>;
  AuthorityAggregate: ResolverTypeWrapper<AuthorityAggregate>;
  AuthorityAggregateNode: ResolverTypeWrapper<AuthorityAggregateNode>;
  AuthorityAuthorityChildrenAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityChildrenAggregateSelection>;
  AuthorityAuthorityChildrenEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityChildrenEdgeAggregateSelection>;
  AuthorityAuthorityChildrenNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityChildrenNodeAggregateSelection>;
  AuthorityAuthorityCombinedAuthoritiesAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityCombinedAuthoritiesAggregateSelection>;
  AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection>;
  AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection>;
  AuthorityAuthorityConstituentsAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityConstituentsAggregateSelection>;
  AuthorityAuthorityConstituentsEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityConstituentsEdgeAggregateSelection>;
  AuthorityAuthorityConstituentsNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityConstituentsNodeAggregateSelection>;
  AuthorityAuthorityFireAuthoritiesAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityFireAuthoritiesAggregateSelection>;
  AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection>;
  AuthorityAuthorityFireAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityFireAuthoritiesNodeAggregateSelection>;
  AuthorityAuthorityReplacedAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedAggregateSelection>;
  AuthorityAuthorityReplacedByAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedByAggregateSelection>;
  AuthorityAuthorityReplacedByEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedByEdgeAggregateSelection>;
  AuthorityAuthorityReplacedByNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedByNodeAggregateSelection>;
  AuthorityAuthorityReplacedEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedEdgeAggregateSelection>;
  AuthorityAuthorityReplacedNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityReplacedNodeAggregateSelection>;
  AuthorityAuthorityWithinAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityWithinAggregateSelection>;
  AuthorityAuthorityWithinEdgeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityWithinEdgeAggregateSelection>;
  AuthorityAuthorityWithinNodeAggregateSelection: ResolverTypeWrapper<AuthorityAuthorityWithinNodeAggregateSelection>;
  AuthorityChildrenConnectFieldInput: AuthorityChildrenConnectFieldInput;
  AuthorityChildrenConnection: ResolverTypeWrapper<AuthorityChildrenConnection>;
  AuthorityChildrenConnectionAggregateInput: AuthorityChildrenConnectionAggregateInput;
  AuthorityChildrenConnectionFilters: AuthorityChildrenConnectionFilters;
  AuthorityChildrenConnectionSort: AuthorityChildrenConnectionSort;
  AuthorityChildrenConnectionWhere: AuthorityChildrenConnectionWhere;
  AuthorityChildrenDisconnectFieldInput: AuthorityChildrenDisconnectFieldInput;
  AuthorityChildrenNodeAggregationWhereInput: AuthorityChildrenNodeAggregationWhereInput;
  AuthorityChildrenRelationship: ResolverTypeWrapper<Omit<AuthorityChildrenRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityCombinedAuthoritiesConnectFieldInput: AuthorityCombinedAuthoritiesConnectFieldInput;
  AuthorityCombinedAuthoritiesConnection: ResolverTypeWrapper<AuthorityCombinedAuthoritiesConnection>;
  AuthorityCombinedAuthoritiesConnectionAggregateInput: AuthorityCombinedAuthoritiesConnectionAggregateInput;
  AuthorityCombinedAuthoritiesConnectionFilters: AuthorityCombinedAuthoritiesConnectionFilters;
  AuthorityCombinedAuthoritiesConnectionSort: AuthorityCombinedAuthoritiesConnectionSort;
  AuthorityCombinedAuthoritiesConnectionWhere: AuthorityCombinedAuthoritiesConnectionWhere;
  AuthorityCombinedAuthoritiesDisconnectFieldInput: AuthorityCombinedAuthoritiesDisconnectFieldInput;
  AuthorityCombinedAuthoritiesNodeAggregationWhereInput: AuthorityCombinedAuthoritiesNodeAggregationWhereInput;
  AuthorityCombinedAuthoritiesRelationship: ResolverTypeWrapper<Omit<AuthorityCombinedAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityConflictConflictsAggregateSelection: ResolverTypeWrapper<AuthorityConflictConflictsAggregateSelection>;
  AuthorityConflictConflictsEdgeAggregateSelection: ResolverTypeWrapper<AuthorityConflictConflictsEdgeAggregateSelection>;
  AuthorityConflictConflictsNodeAggregateSelection: ResolverTypeWrapper<AuthorityConflictConflictsNodeAggregateSelection>;
  AuthorityConflictsConnectFieldInput: AuthorityConflictsConnectFieldInput;
  AuthorityConflictsConnection: ResolverTypeWrapper<AuthorityConflictsConnection>;
  AuthorityConflictsConnectionAggregateInput: AuthorityConflictsConnectionAggregateInput;
  AuthorityConflictsConnectionFilters: AuthorityConflictsConnectionFilters;
  AuthorityConflictsConnectionSort: AuthorityConflictsConnectionSort;
  AuthorityConflictsConnectionWhere: AuthorityConflictsConnectionWhere;
  AuthorityConflictsDisconnectFieldInput: AuthorityConflictsDisconnectFieldInput;
  AuthorityConflictsNodeAggregationWhereInput: AuthorityConflictsNodeAggregationWhereInput;
  AuthorityConflictsRelationship: ResolverTypeWrapper<AuthorityConflictsRelationship>;
  AuthorityConnectInput: AuthorityConnectInput;
  AuthorityConnectWhere: AuthorityConnectWhere;
  AuthorityConstituentsConnectFieldInput: AuthorityConstituentsConnectFieldInput;
  AuthorityConstituentsConnection: ResolverTypeWrapper<AuthorityConstituentsConnection>;
  AuthorityConstituentsConnectionAggregateInput: AuthorityConstituentsConnectionAggregateInput;
  AuthorityConstituentsConnectionFilters: AuthorityConstituentsConnectionFilters;
  AuthorityConstituentsConnectionSort: AuthorityConstituentsConnectionSort;
  AuthorityConstituentsConnectionWhere: AuthorityConstituentsConnectionWhere;
  AuthorityConstituentsDisconnectFieldInput: AuthorityConstituentsDisconnectFieldInput;
  AuthorityConstituentsNodeAggregationWhereInput: AuthorityConstituentsNodeAggregationWhereInput;
  AuthorityConstituentsRelationship: ResolverTypeWrapper<Omit<AuthorityConstituentsRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityDisconnectInput: AuthorityDisconnectInput;
  AuthorityEdge: ResolverTypeWrapper<Omit<AuthorityEdge, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityFireAuthoritiesConnectFieldInput: AuthorityFireAuthoritiesConnectFieldInput;
  AuthorityFireAuthoritiesConnection: ResolverTypeWrapper<AuthorityFireAuthoritiesConnection>;
  AuthorityFireAuthoritiesConnectionAggregateInput: AuthorityFireAuthoritiesConnectionAggregateInput;
  AuthorityFireAuthoritiesConnectionFilters: AuthorityFireAuthoritiesConnectionFilters;
  AuthorityFireAuthoritiesConnectionSort: AuthorityFireAuthoritiesConnectionSort;
  AuthorityFireAuthoritiesConnectionWhere: AuthorityFireAuthoritiesConnectionWhere;
  AuthorityFireAuthoritiesDisconnectFieldInput: AuthorityFireAuthoritiesDisconnectFieldInput;
  AuthorityFireAuthoritiesNodeAggregationWhereInput: AuthorityFireAuthoritiesNodeAggregationWhereInput;
  AuthorityFireAuthoritiesRelationship: ResolverTypeWrapper<Omit<AuthorityFireAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityFundingFlowFundingPaidAggregateSelection: ResolverTypeWrapper<AuthorityFundingFlowFundingPaidAggregateSelection>;
  AuthorityFundingFlowFundingPaidNodeAggregateSelection: ResolverTypeWrapper<AuthorityFundingFlowFundingPaidNodeAggregateSelection>;
  AuthorityFundingFlowFundingReceivedAggregateSelection: ResolverTypeWrapper<AuthorityFundingFlowFundingReceivedAggregateSelection>;
  AuthorityFundingFlowFundingReceivedNodeAggregateSelection: ResolverTypeWrapper<AuthorityFundingFlowFundingReceivedNodeAggregateSelection>;
  AuthorityFundingPaidConnectFieldInput: AuthorityFundingPaidConnectFieldInput;
  AuthorityFundingPaidConnection: ResolverTypeWrapper<Omit<AuthorityFundingPaidConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityFundingPaidRelationship']> }>;
  AuthorityFundingPaidConnectionAggregateInput: AuthorityFundingPaidConnectionAggregateInput;
  AuthorityFundingPaidConnectionFilters: AuthorityFundingPaidConnectionFilters;
  AuthorityFundingPaidConnectionSort: AuthorityFundingPaidConnectionSort;
  AuthorityFundingPaidConnectionWhere: AuthorityFundingPaidConnectionWhere;
  AuthorityFundingPaidDisconnectFieldInput: AuthorityFundingPaidDisconnectFieldInput;
  AuthorityFundingPaidNodeAggregationWhereInput: AuthorityFundingPaidNodeAggregationWhereInput;
  AuthorityFundingPaidRelationship: ResolverTypeWrapper<Omit<AuthorityFundingPaidRelationship, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  AuthorityFundingReceivedConnectFieldInput: AuthorityFundingReceivedConnectFieldInput;
  AuthorityFundingReceivedConnection: ResolverTypeWrapper<Omit<AuthorityFundingReceivedConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityFundingReceivedRelationship']> }>;
  AuthorityFundingReceivedConnectionAggregateInput: AuthorityFundingReceivedConnectionAggregateInput;
  AuthorityFundingReceivedConnectionFilters: AuthorityFundingReceivedConnectionFilters;
  AuthorityFundingReceivedConnectionSort: AuthorityFundingReceivedConnectionSort;
  AuthorityFundingReceivedConnectionWhere: AuthorityFundingReceivedConnectionWhere;
  AuthorityFundingReceivedDisconnectFieldInput: AuthorityFundingReceivedDisconnectFieldInput;
  AuthorityFundingReceivedNodeAggregationWhereInput: AuthorityFundingReceivedNodeAggregationWhereInput;
  AuthorityFundingReceivedRelationship: ResolverTypeWrapper<Omit<AuthorityFundingReceivedRelationship, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  AuthorityParishParishesAggregateSelection: ResolverTypeWrapper<AuthorityParishParishesAggregateSelection>;
  AuthorityParishParishesEdgeAggregateSelection: ResolverTypeWrapper<AuthorityParishParishesEdgeAggregateSelection>;
  AuthorityParishParishesNodeAggregateSelection: ResolverTypeWrapper<AuthorityParishParishesNodeAggregateSelection>;
  AuthorityParishesConnectFieldInput: AuthorityParishesConnectFieldInput;
  AuthorityParishesConnection: ResolverTypeWrapper<Omit<AuthorityParishesConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityParishesRelationship']> }>;
  AuthorityParishesConnectionAggregateInput: AuthorityParishesConnectionAggregateInput;
  AuthorityParishesConnectionFilters: AuthorityParishesConnectionFilters;
  AuthorityParishesConnectionSort: AuthorityParishesConnectionSort;
  AuthorityParishesConnectionWhere: AuthorityParishesConnectionWhere;
  AuthorityParishesDisconnectFieldInput: AuthorityParishesDisconnectFieldInput;
  AuthorityParishesNodeAggregationWhereInput: AuthorityParishesNodeAggregationWhereInput;
  AuthorityParishesRelationship: ResolverTypeWrapper<Omit<AuthorityParishesRelationship, 'node'> & { node: ResolversTypes['Parish'] }>;
  AuthorityPartnershipPartnershipsAggregateSelection: ResolverTypeWrapper<AuthorityPartnershipPartnershipsAggregateSelection>;
  AuthorityPartnershipPartnershipsEdgeAggregateSelection: ResolverTypeWrapper<AuthorityPartnershipPartnershipsEdgeAggregateSelection>;
  AuthorityPartnershipPartnershipsNodeAggregateSelection: ResolverTypeWrapper<AuthorityPartnershipPartnershipsNodeAggregateSelection>;
  AuthorityPartnershipsConnectFieldInput: AuthorityPartnershipsConnectFieldInput;
  AuthorityPartnershipsConnection: ResolverTypeWrapper<Omit<AuthorityPartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityPartnershipsRelationship']> }>;
  AuthorityPartnershipsConnectionAggregateInput: AuthorityPartnershipsConnectionAggregateInput;
  AuthorityPartnershipsConnectionFilters: AuthorityPartnershipsConnectionFilters;
  AuthorityPartnershipsConnectionSort: AuthorityPartnershipsConnectionSort;
  AuthorityPartnershipsConnectionWhere: AuthorityPartnershipsConnectionWhere;
  AuthorityPartnershipsDisconnectFieldInput: AuthorityPartnershipsDisconnectFieldInput;
  AuthorityPartnershipsNodeAggregationWhereInput: AuthorityPartnershipsNodeAggregationWhereInput;
  AuthorityPartnershipsRelationship: ResolverTypeWrapper<Omit<AuthorityPartnershipsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  AuthorityRef: ResolverTypeWrapper<AuthorityRef>;
  AuthorityRelationshipFilters: AuthorityRelationshipFilters;
  AuthorityReplacedByConnectFieldInput: AuthorityReplacedByConnectFieldInput;
  AuthorityReplacedByConnection: ResolverTypeWrapper<Omit<AuthorityReplacedByConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityReplacedByRelationship']> }>;
  AuthorityReplacedByConnectionAggregateInput: AuthorityReplacedByConnectionAggregateInput;
  AuthorityReplacedByConnectionFilters: AuthorityReplacedByConnectionFilters;
  AuthorityReplacedByConnectionSort: AuthorityReplacedByConnectionSort;
  AuthorityReplacedByConnectionWhere: AuthorityReplacedByConnectionWhere;
  AuthorityReplacedByDisconnectFieldInput: AuthorityReplacedByDisconnectFieldInput;
  AuthorityReplacedByNodeAggregationWhereInput: AuthorityReplacedByNodeAggregationWhereInput;
  AuthorityReplacedByRelationship: ResolverTypeWrapper<Omit<AuthorityReplacedByRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityReplacedConnectFieldInput: AuthorityReplacedConnectFieldInput;
  AuthorityReplacedConnection: ResolverTypeWrapper<Omit<AuthorityReplacedConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityReplacedRelationship']> }>;
  AuthorityReplacedConnectionAggregateInput: AuthorityReplacedConnectionAggregateInput;
  AuthorityReplacedConnectionFilters: AuthorityReplacedConnectionFilters;
  AuthorityReplacedConnectionSort: AuthorityReplacedConnectionSort;
  AuthorityReplacedConnectionWhere: AuthorityReplacedConnectionWhere;
  AuthorityReplacedDisconnectFieldInput: AuthorityReplacedDisconnectFieldInput;
  AuthorityReplacedNodeAggregationWhereInput: AuthorityReplacedNodeAggregationWhereInput;
  AuthorityReplacedRelationship: ResolverTypeWrapper<Omit<AuthorityReplacedRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityServices: ResolverTypeWrapper<AuthorityServices>;
  AuthoritySort: AuthoritySort;
  AuthoritySourceSourcesAggregateSelection: ResolverTypeWrapper<AuthoritySourceSourcesAggregateSelection>;
  AuthoritySourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<AuthoritySourceSourcesEdgeAggregateSelection>;
  AuthoritySourceSourcesNodeAggregateSelection: ResolverTypeWrapper<AuthoritySourceSourcesNodeAggregateSelection>;
  AuthoritySourcesConnectFieldInput: AuthoritySourcesConnectFieldInput;
  AuthoritySourcesConnection: ResolverTypeWrapper<AuthoritySourcesConnection>;
  AuthoritySourcesConnectionAggregateInput: AuthoritySourcesConnectionAggregateInput;
  AuthoritySourcesConnectionFilters: AuthoritySourcesConnectionFilters;
  AuthoritySourcesConnectionSort: AuthoritySourcesConnectionSort;
  AuthoritySourcesConnectionWhere: AuthoritySourcesConnectionWhere;
  AuthoritySourcesDisconnectFieldInput: AuthoritySourcesDisconnectFieldInput;
  AuthoritySourcesNodeAggregationWhereInput: AuthoritySourcesNodeAggregationWhereInput;
  AuthoritySourcesRelationship: ResolverTypeWrapper<AuthoritySourcesRelationship>;
  AuthorityTierTiersAggregateSelection: ResolverTypeWrapper<AuthorityTierTiersAggregateSelection>;
  AuthorityTierTiersNodeAggregateSelection: ResolverTypeWrapper<AuthorityTierTiersNodeAggregateSelection>;
  AuthorityTiersConnectFieldInput: AuthorityTiersConnectFieldInput;
  AuthorityTiersConnection: ResolverTypeWrapper<Omit<AuthorityTiersConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityTiersRelationship']> }>;
  AuthorityTiersConnectionAggregateInput: AuthorityTiersConnectionAggregateInput;
  AuthorityTiersConnectionFilters: AuthorityTiersConnectionFilters;
  AuthorityTiersConnectionSort: AuthorityTiersConnectionSort;
  AuthorityTiersConnectionWhere: AuthorityTiersConnectionWhere;
  AuthorityTiersDisconnectFieldInput: AuthorityTiersDisconnectFieldInput;
  AuthorityTiersNodeAggregationWhereInput: AuthorityTiersNodeAggregationWhereInput;
  AuthorityTiersRelationship: ResolverTypeWrapper<Omit<AuthorityTiersRelationship, 'node'> & { node: ResolversTypes['Tier'] }>;
  AuthorityUnparishedAreaUnparishedAreasAggregateSelection: ResolverTypeWrapper<AuthorityUnparishedAreaUnparishedAreasAggregateSelection>;
  AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection: ResolverTypeWrapper<AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection>;
  AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection: ResolverTypeWrapper<AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection>;
  AuthorityUnparishedAreasConnectFieldInput: AuthorityUnparishedAreasConnectFieldInput;
  AuthorityUnparishedAreasConnection: ResolverTypeWrapper<Omit<AuthorityUnparishedAreasConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityUnparishedAreasRelationship']> }>;
  AuthorityUnparishedAreasConnectionAggregateInput: AuthorityUnparishedAreasConnectionAggregateInput;
  AuthorityUnparishedAreasConnectionFilters: AuthorityUnparishedAreasConnectionFilters;
  AuthorityUnparishedAreasConnectionSort: AuthorityUnparishedAreasConnectionSort;
  AuthorityUnparishedAreasConnectionWhere: AuthorityUnparishedAreasConnectionWhere;
  AuthorityUnparishedAreasDisconnectFieldInput: AuthorityUnparishedAreasDisconnectFieldInput;
  AuthorityUnparishedAreasNodeAggregationWhereInput: AuthorityUnparishedAreasNodeAggregationWhereInput;
  AuthorityUnparishedAreasRelationship: ResolverTypeWrapper<Omit<AuthorityUnparishedAreasRelationship, 'node'> & { node: ResolversTypes['UnparishedArea'] }>;
  AuthorityWhere: AuthorityWhere;
  AuthorityWithinConnectFieldInput: AuthorityWithinConnectFieldInput;
  AuthorityWithinConnection: ResolverTypeWrapper<Omit<AuthorityWithinConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityWithinRelationship']> }>;
  AuthorityWithinConnectionAggregateInput: AuthorityWithinConnectionAggregateInput;
  AuthorityWithinConnectionFilters: AuthorityWithinConnectionFilters;
  AuthorityWithinConnectionSort: AuthorityWithinConnectionSort;
  AuthorityWithinConnectionWhere: AuthorityWithinConnectionWhere;
  AuthorityWithinDisconnectFieldInput: AuthorityWithinDisconnectFieldInput;
  AuthorityWithinNodeAggregationWhereInput: AuthorityWithinNodeAggregationWhereInput;
  AuthorityWithinRelationship: ResolverTypeWrapper<Omit<AuthorityWithinRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  Basis: Basis;
  BodyRef: ResolverTypeWrapper<BodyRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  Candidate: ResolverTypeWrapper<Candidate>;
  Change: ResolverTypeWrapper<Change>;
  ChangeKind: ChangeKind;
  ChangeRelationship: ChangeRelationship;
  Changes: ResolverTypeWrapper<Changes>;
  Citation: ResolverTypeWrapper<Citation>;
  CitationAggregationWhereInput: CitationAggregationWhereInput;
  CitationCreateInput: CitationCreateInput;
  CitationSort: CitationSort;
  CitationWhere: CitationWhere;
  Conflict: ResolverTypeWrapper<Omit<Conflict, 'about'> & { about: Array<ResolversTypes['Authority']> }>;
  ConflictAboutConnectFieldInput: ConflictAboutConnectFieldInput;
  ConflictAboutConnection: ResolverTypeWrapper<ConflictAboutConnection>;
  ConflictAboutConnectionAggregateInput: ConflictAboutConnectionAggregateInput;
  ConflictAboutConnectionFilters: ConflictAboutConnectionFilters;
  ConflictAboutConnectionSort: ConflictAboutConnectionSort;
  ConflictAboutConnectionWhere: ConflictAboutConnectionWhere;
  ConflictAboutDisconnectFieldInput: ConflictAboutDisconnectFieldInput;
  ConflictAboutNodeAggregationWhereInput: ConflictAboutNodeAggregationWhereInput;
  ConflictAboutRelationship: ResolverTypeWrapper<Omit<ConflictAboutRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  ConflictAggregate: ResolverTypeWrapper<ConflictAggregate>;
  ConflictAggregateNode: ResolverTypeWrapper<ConflictAggregateNode>;
  ConflictAuthorityAboutAggregateSelection: ResolverTypeWrapper<ConflictAuthorityAboutAggregateSelection>;
  ConflictAuthorityAboutEdgeAggregateSelection: ResolverTypeWrapper<ConflictAuthorityAboutEdgeAggregateSelection>;
  ConflictAuthorityAboutNodeAggregateSelection: ResolverTypeWrapper<ConflictAuthorityAboutNodeAggregateSelection>;
  ConflictConnectInput: ConflictConnectInput;
  ConflictConnectWhere: ConflictConnectWhere;
  ConflictDisconnectInput: ConflictDisconnectInput;
  ConflictEdge: ResolverTypeWrapper<ConflictEdge>;
  ConflictRelationshipFilters: ConflictRelationshipFilters;
  ConflictSort: ConflictSort;
  ConflictSourceSourcesAggregateSelection: ResolverTypeWrapper<ConflictSourceSourcesAggregateSelection>;
  ConflictSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<ConflictSourceSourcesEdgeAggregateSelection>;
  ConflictSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<ConflictSourceSourcesNodeAggregateSelection>;
  ConflictSourcesConnectFieldInput: ConflictSourcesConnectFieldInput;
  ConflictSourcesConnection: ResolverTypeWrapper<ConflictSourcesConnection>;
  ConflictSourcesConnectionAggregateInput: ConflictSourcesConnectionAggregateInput;
  ConflictSourcesConnectionFilters: ConflictSourcesConnectionFilters;
  ConflictSourcesConnectionSort: ConflictSourcesConnectionSort;
  ConflictSourcesConnectionWhere: ConflictSourcesConnectionWhere;
  ConflictSourcesDisconnectFieldInput: ConflictSourcesDisconnectFieldInput;
  ConflictSourcesNodeAggregationWhereInput: ConflictSourcesNodeAggregationWhereInput;
  ConflictSourcesRelationship: ResolverTypeWrapper<ConflictSourcesRelationship>;
  ConflictWhere: ConflictWhere;
  ConflictsConnection: ResolverTypeWrapper<ConflictsConnection>;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Constituency: ResolverTypeWrapper<Constituency>;
  ConstituencyAggregationWhereInput: ConstituencyAggregationWhereInput;
  ConstituencyCreateInput: ConstituencyCreateInput;
  ConstituencySort: ConstituencySort;
  ConstituencyWhere: ConstituencyWhere;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  CreateInfo: ResolverTypeWrapper<CreateInfo>;
  CreateNotesMutationResponse: ResolverTypeWrapper<Omit<CreateNotesMutationResponse, 'notes'> & { notes: Array<ResolversTypes['Note']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateScalarFilters: DateScalarFilters;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarFilters: DateTimeScalarFilters;
  Dated: ResolverTypeWrapper<Dated>;
  DatedAggregationWhereInput: DatedAggregationWhereInput;
  DatedCreateInput: DatedCreateInput;
  DatedSort: DatedSort;
  DatedWhere: DatedWhere;
  DeleteInfo: ResolverTypeWrapper<DeleteInfo>;
  DeliveringBody: ResolverTypeWrapper<DeliveringBody>;
  Delivery: ResolverTypeWrapper<Delivery>;
  DeliveryAggregationWhereInput: DeliveryAggregationWhereInput;
  DeliveryCreateInput: DeliveryCreateInput;
  DeliverySort: DeliverySort;
  DeliveryWhere: DeliveryWhere;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatAggregateSelection: ResolverTypeWrapper<FloatAggregateSelection>;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FlowRow: ResolverTypeWrapper<FlowRow>;
  FundingDifference: ResolverTypeWrapper<FundingDifference>;
  FundingFlow: ResolverTypeWrapper<Omit<FundingFlow, 'fromAuthorities' | 'fromOrganisations' | 'fromOrganisationsConnection' | 'streams' | 'streamsConnection' | 'toAuthorities' | 'toOrganisations' | 'toOrganisationsConnection' | 'toPartnerships' | 'toPartnershipsConnection'> & { fromAuthorities: Array<ResolversTypes['Authority']>, fromOrganisations: Array<ResolversTypes['Organisation']>, fromOrganisationsConnection: ResolversTypes['FundingFlowFromOrganisationsConnection'], streams: Array<ResolversTypes['FundingStream']>, streamsConnection: ResolversTypes['FundingFlowStreamsConnection'], toAuthorities: Array<ResolversTypes['Authority']>, toOrganisations: Array<ResolversTypes['Organisation']>, toOrganisationsConnection: ResolversTypes['FundingFlowToOrganisationsConnection'], toPartnerships: Array<ResolversTypes['Partnership']>, toPartnershipsConnection: ResolversTypes['FundingFlowToPartnershipsConnection'] }>;
  FundingFlowAggregate: ResolverTypeWrapper<FundingFlowAggregate>;
  FundingFlowAggregateNode: ResolverTypeWrapper<FundingFlowAggregateNode>;
  FundingFlowAuthorityFromAuthoritiesAggregateSelection: ResolverTypeWrapper<FundingFlowAuthorityFromAuthoritiesAggregateSelection>;
  FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection>;
  FundingFlowAuthorityToAuthoritiesAggregateSelection: ResolverTypeWrapper<FundingFlowAuthorityToAuthoritiesAggregateSelection>;
  FundingFlowAuthorityToAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<FundingFlowAuthorityToAuthoritiesNodeAggregateSelection>;
  FundingFlowConnectInput: FundingFlowConnectInput;
  FundingFlowConnectWhere: FundingFlowConnectWhere;
  FundingFlowDisconnectInput: FundingFlowDisconnectInput;
  FundingFlowEdge: ResolverTypeWrapper<Omit<FundingFlowEdge, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  FundingFlowFromAuthoritiesConnectFieldInput: FundingFlowFromAuthoritiesConnectFieldInput;
  FundingFlowFromAuthoritiesConnection: ResolverTypeWrapper<FundingFlowFromAuthoritiesConnection>;
  FundingFlowFromAuthoritiesConnectionAggregateInput: FundingFlowFromAuthoritiesConnectionAggregateInput;
  FundingFlowFromAuthoritiesConnectionFilters: FundingFlowFromAuthoritiesConnectionFilters;
  FundingFlowFromAuthoritiesConnectionSort: FundingFlowFromAuthoritiesConnectionSort;
  FundingFlowFromAuthoritiesConnectionWhere: FundingFlowFromAuthoritiesConnectionWhere;
  FundingFlowFromAuthoritiesDisconnectFieldInput: FundingFlowFromAuthoritiesDisconnectFieldInput;
  FundingFlowFromAuthoritiesNodeAggregationWhereInput: FundingFlowFromAuthoritiesNodeAggregationWhereInput;
  FundingFlowFromAuthoritiesRelationship: ResolverTypeWrapper<Omit<FundingFlowFromAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  FundingFlowFromOrganisationsConnectFieldInput: FundingFlowFromOrganisationsConnectFieldInput;
  FundingFlowFromOrganisationsConnection: ResolverTypeWrapper<Omit<FundingFlowFromOrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingFlowFromOrganisationsRelationship']> }>;
  FundingFlowFromOrganisationsConnectionAggregateInput: FundingFlowFromOrganisationsConnectionAggregateInput;
  FundingFlowFromOrganisationsConnectionFilters: FundingFlowFromOrganisationsConnectionFilters;
  FundingFlowFromOrganisationsConnectionSort: FundingFlowFromOrganisationsConnectionSort;
  FundingFlowFromOrganisationsConnectionWhere: FundingFlowFromOrganisationsConnectionWhere;
  FundingFlowFromOrganisationsDisconnectFieldInput: FundingFlowFromOrganisationsDisconnectFieldInput;
  FundingFlowFromOrganisationsNodeAggregationWhereInput: FundingFlowFromOrganisationsNodeAggregationWhereInput;
  FundingFlowFromOrganisationsRelationship: ResolverTypeWrapper<Omit<FundingFlowFromOrganisationsRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  FundingFlowFundingStreamStreamsAggregateSelection: ResolverTypeWrapper<FundingFlowFundingStreamStreamsAggregateSelection>;
  FundingFlowFundingStreamStreamsNodeAggregateSelection: ResolverTypeWrapper<FundingFlowFundingStreamStreamsNodeAggregateSelection>;
  FundingFlowOrganisationFromOrganisationsAggregateSelection: ResolverTypeWrapper<FundingFlowOrganisationFromOrganisationsAggregateSelection>;
  FundingFlowOrganisationFromOrganisationsNodeAggregateSelection: ResolverTypeWrapper<FundingFlowOrganisationFromOrganisationsNodeAggregateSelection>;
  FundingFlowOrganisationToOrganisationsAggregateSelection: ResolverTypeWrapper<FundingFlowOrganisationToOrganisationsAggregateSelection>;
  FundingFlowOrganisationToOrganisationsNodeAggregateSelection: ResolverTypeWrapper<FundingFlowOrganisationToOrganisationsNodeAggregateSelection>;
  FundingFlowPartnershipToPartnershipsAggregateSelection: ResolverTypeWrapper<FundingFlowPartnershipToPartnershipsAggregateSelection>;
  FundingFlowPartnershipToPartnershipsNodeAggregateSelection: ResolverTypeWrapper<FundingFlowPartnershipToPartnershipsNodeAggregateSelection>;
  FundingFlowRelationshipFilters: FundingFlowRelationshipFilters;
  FundingFlowSort: FundingFlowSort;
  FundingFlowSourceSourcesAggregateSelection: ResolverTypeWrapper<FundingFlowSourceSourcesAggregateSelection>;
  FundingFlowSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<FundingFlowSourceSourcesEdgeAggregateSelection>;
  FundingFlowSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<FundingFlowSourceSourcesNodeAggregateSelection>;
  FundingFlowSourcesConnectFieldInput: FundingFlowSourcesConnectFieldInput;
  FundingFlowSourcesConnection: ResolverTypeWrapper<FundingFlowSourcesConnection>;
  FundingFlowSourcesConnectionAggregateInput: FundingFlowSourcesConnectionAggregateInput;
  FundingFlowSourcesConnectionFilters: FundingFlowSourcesConnectionFilters;
  FundingFlowSourcesConnectionSort: FundingFlowSourcesConnectionSort;
  FundingFlowSourcesConnectionWhere: FundingFlowSourcesConnectionWhere;
  FundingFlowSourcesDisconnectFieldInput: FundingFlowSourcesDisconnectFieldInput;
  FundingFlowSourcesNodeAggregationWhereInput: FundingFlowSourcesNodeAggregationWhereInput;
  FundingFlowSourcesRelationship: ResolverTypeWrapper<FundingFlowSourcesRelationship>;
  FundingFlowStreamsConnectFieldInput: FundingFlowStreamsConnectFieldInput;
  FundingFlowStreamsConnection: ResolverTypeWrapper<Omit<FundingFlowStreamsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingFlowStreamsRelationship']> }>;
  FundingFlowStreamsConnectionAggregateInput: FundingFlowStreamsConnectionAggregateInput;
  FundingFlowStreamsConnectionFilters: FundingFlowStreamsConnectionFilters;
  FundingFlowStreamsConnectionSort: FundingFlowStreamsConnectionSort;
  FundingFlowStreamsConnectionWhere: FundingFlowStreamsConnectionWhere;
  FundingFlowStreamsDisconnectFieldInput: FundingFlowStreamsDisconnectFieldInput;
  FundingFlowStreamsNodeAggregationWhereInput: FundingFlowStreamsNodeAggregationWhereInput;
  FundingFlowStreamsRelationship: ResolverTypeWrapper<Omit<FundingFlowStreamsRelationship, 'node'> & { node: ResolversTypes['FundingStream'] }>;
  FundingFlowToAuthoritiesConnectFieldInput: FundingFlowToAuthoritiesConnectFieldInput;
  FundingFlowToAuthoritiesConnection: ResolverTypeWrapper<FundingFlowToAuthoritiesConnection>;
  FundingFlowToAuthoritiesConnectionAggregateInput: FundingFlowToAuthoritiesConnectionAggregateInput;
  FundingFlowToAuthoritiesConnectionFilters: FundingFlowToAuthoritiesConnectionFilters;
  FundingFlowToAuthoritiesConnectionSort: FundingFlowToAuthoritiesConnectionSort;
  FundingFlowToAuthoritiesConnectionWhere: FundingFlowToAuthoritiesConnectionWhere;
  FundingFlowToAuthoritiesDisconnectFieldInput: FundingFlowToAuthoritiesDisconnectFieldInput;
  FundingFlowToAuthoritiesNodeAggregationWhereInput: FundingFlowToAuthoritiesNodeAggregationWhereInput;
  FundingFlowToAuthoritiesRelationship: ResolverTypeWrapper<Omit<FundingFlowToAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  FundingFlowToOrganisationsConnectFieldInput: FundingFlowToOrganisationsConnectFieldInput;
  FundingFlowToOrganisationsConnection: ResolverTypeWrapper<Omit<FundingFlowToOrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingFlowToOrganisationsRelationship']> }>;
  FundingFlowToOrganisationsConnectionAggregateInput: FundingFlowToOrganisationsConnectionAggregateInput;
  FundingFlowToOrganisationsConnectionFilters: FundingFlowToOrganisationsConnectionFilters;
  FundingFlowToOrganisationsConnectionSort: FundingFlowToOrganisationsConnectionSort;
  FundingFlowToOrganisationsConnectionWhere: FundingFlowToOrganisationsConnectionWhere;
  FundingFlowToOrganisationsDisconnectFieldInput: FundingFlowToOrganisationsDisconnectFieldInput;
  FundingFlowToOrganisationsNodeAggregationWhereInput: FundingFlowToOrganisationsNodeAggregationWhereInput;
  FundingFlowToOrganisationsRelationship: ResolverTypeWrapper<Omit<FundingFlowToOrganisationsRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  FundingFlowToPartnershipsConnectFieldInput: FundingFlowToPartnershipsConnectFieldInput;
  FundingFlowToPartnershipsConnection: ResolverTypeWrapper<Omit<FundingFlowToPartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingFlowToPartnershipsRelationship']> }>;
  FundingFlowToPartnershipsConnectionAggregateInput: FundingFlowToPartnershipsConnectionAggregateInput;
  FundingFlowToPartnershipsConnectionFilters: FundingFlowToPartnershipsConnectionFilters;
  FundingFlowToPartnershipsConnectionSort: FundingFlowToPartnershipsConnectionSort;
  FundingFlowToPartnershipsConnectionWhere: FundingFlowToPartnershipsConnectionWhere;
  FundingFlowToPartnershipsDisconnectFieldInput: FundingFlowToPartnershipsDisconnectFieldInput;
  FundingFlowToPartnershipsNodeAggregationWhereInput: FundingFlowToPartnershipsNodeAggregationWhereInput;
  FundingFlowToPartnershipsRelationship: ResolverTypeWrapper<Omit<FundingFlowToPartnershipsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  FundingFlowWhere: FundingFlowWhere;
  FundingFlows: ResolverTypeWrapper<FundingFlows>;
  FundingFlowsConnection: ResolverTypeWrapper<Omit<FundingFlowsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingFlowEdge']> }>;
  FundingStream: ResolverTypeWrapper<Omit<FundingStream, 'flows' | 'flowsConnection'> & { flows: Array<ResolversTypes['FundingFlow']>, flowsConnection: ResolversTypes['FundingStreamFlowsConnection'] }>;
  FundingStreamAggregate: ResolverTypeWrapper<FundingStreamAggregate>;
  FundingStreamAggregateNode: ResolverTypeWrapper<FundingStreamAggregateNode>;
  FundingStreamConnectInput: FundingStreamConnectInput;
  FundingStreamConnectWhere: FundingStreamConnectWhere;
  FundingStreamDisconnectInput: FundingStreamDisconnectInput;
  FundingStreamEdge: ResolverTypeWrapper<Omit<FundingStreamEdge, 'node'> & { node: ResolversTypes['FundingStream'] }>;
  FundingStreamFlowsConnectFieldInput: FundingStreamFlowsConnectFieldInput;
  FundingStreamFlowsConnection: ResolverTypeWrapper<Omit<FundingStreamFlowsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingStreamFlowsRelationship']> }>;
  FundingStreamFlowsConnectionAggregateInput: FundingStreamFlowsConnectionAggregateInput;
  FundingStreamFlowsConnectionFilters: FundingStreamFlowsConnectionFilters;
  FundingStreamFlowsConnectionSort: FundingStreamFlowsConnectionSort;
  FundingStreamFlowsConnectionWhere: FundingStreamFlowsConnectionWhere;
  FundingStreamFlowsDisconnectFieldInput: FundingStreamFlowsDisconnectFieldInput;
  FundingStreamFlowsNodeAggregationWhereInput: FundingStreamFlowsNodeAggregationWhereInput;
  FundingStreamFlowsRelationship: ResolverTypeWrapper<Omit<FundingStreamFlowsRelationship, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  FundingStreamFundingFlowFlowsAggregateSelection: ResolverTypeWrapper<FundingStreamFundingFlowFlowsAggregateSelection>;
  FundingStreamFundingFlowFlowsNodeAggregateSelection: ResolverTypeWrapper<FundingStreamFundingFlowFlowsNodeAggregateSelection>;
  FundingStreamRef: ResolverTypeWrapper<FundingStreamRef>;
  FundingStreamRelationshipFilters: FundingStreamRelationshipFilters;
  FundingStreamSort: FundingStreamSort;
  FundingStreamWhere: FundingStreamWhere;
  FundingStreamsConnection: ResolverTypeWrapper<Omit<FundingStreamsConnection, 'edges'> & { edges: Array<ResolversTypes['FundingStreamEdge']> }>;
  FundingSummary: ResolverTypeWrapper<FundingSummary>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  Member: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Member']>;
  MemberRelationshipFilters: MemberRelationshipFilters;
  MemberWhere: MemberWhere;
  Membership: ResolverTypeWrapper<Membership>;
  MembershipAggregationWhereInput: MembershipAggregationWhereInput;
  MembershipCreateInput: MembershipCreateInput;
  MembershipSort: MembershipSort;
  MembershipWhere: MembershipWhere;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeRef: ResolverTypeWrapper<NodeRef>;
  Note: ResolverTypeWrapper<Omit<Note, 'authorities' | 'authoritiesConnection' | 'parishes' | 'parishesConnection' | 'partnerships' | 'partnershipsConnection' | 'services' | 'servicesConnection'> & { authorities: Array<ResolversTypes['Authority']>, authoritiesConnection: ResolversTypes['NoteAuthoritiesConnection'], parishes: Array<ResolversTypes['Parish']>, parishesConnection: ResolversTypes['NoteParishesConnection'], partnerships: Array<ResolversTypes['Partnership']>, partnershipsConnection: ResolversTypes['NotePartnershipsConnection'], services: Array<ResolversTypes['Service']>, servicesConnection: ResolversTypes['NoteServicesConnection'] }>;
  NoteAggregate: ResolverTypeWrapper<NoteAggregate>;
  NoteAggregateNode: ResolverTypeWrapper<NoteAggregateNode>;
  NoteAuthoritiesConnectFieldInput: NoteAuthoritiesConnectFieldInput;
  NoteAuthoritiesConnection: ResolverTypeWrapper<Omit<NoteAuthoritiesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteAuthoritiesRelationship']> }>;
  NoteAuthoritiesConnectionAggregateInput: NoteAuthoritiesConnectionAggregateInput;
  NoteAuthoritiesConnectionFilters: NoteAuthoritiesConnectionFilters;
  NoteAuthoritiesConnectionSort: NoteAuthoritiesConnectionSort;
  NoteAuthoritiesConnectionWhere: NoteAuthoritiesConnectionWhere;
  NoteAuthoritiesDisconnectFieldInput: NoteAuthoritiesDisconnectFieldInput;
  NoteAuthoritiesFieldInput: NoteAuthoritiesFieldInput;
  NoteAuthoritiesNodeAggregationWhereInput: NoteAuthoritiesNodeAggregationWhereInput;
  NoteAuthoritiesRelationship: ResolverTypeWrapper<Omit<NoteAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  NoteAuthoritiesUpdateFieldInput: NoteAuthoritiesUpdateFieldInput;
  NoteAuthorityAuthoritiesAggregateSelection: ResolverTypeWrapper<NoteAuthorityAuthoritiesAggregateSelection>;
  NoteAuthorityAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<NoteAuthorityAuthoritiesNodeAggregateSelection>;
  NoteCreateInput: NoteCreateInput;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  NoteParishParishesAggregateSelection: ResolverTypeWrapper<NoteParishParishesAggregateSelection>;
  NoteParishParishesNodeAggregateSelection: ResolverTypeWrapper<NoteParishParishesNodeAggregateSelection>;
  NoteParishesConnectFieldInput: NoteParishesConnectFieldInput;
  NoteParishesConnection: ResolverTypeWrapper<Omit<NoteParishesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteParishesRelationship']> }>;
  NoteParishesConnectionAggregateInput: NoteParishesConnectionAggregateInput;
  NoteParishesConnectionFilters: NoteParishesConnectionFilters;
  NoteParishesConnectionSort: NoteParishesConnectionSort;
  NoteParishesConnectionWhere: NoteParishesConnectionWhere;
  NoteParishesDisconnectFieldInput: NoteParishesDisconnectFieldInput;
  NoteParishesFieldInput: NoteParishesFieldInput;
  NoteParishesNodeAggregationWhereInput: NoteParishesNodeAggregationWhereInput;
  NoteParishesRelationship: ResolverTypeWrapper<Omit<NoteParishesRelationship, 'node'> & { node: ResolversTypes['Parish'] }>;
  NoteParishesUpdateFieldInput: NoteParishesUpdateFieldInput;
  NotePartnershipPartnershipsAggregateSelection: ResolverTypeWrapper<NotePartnershipPartnershipsAggregateSelection>;
  NotePartnershipPartnershipsNodeAggregateSelection: ResolverTypeWrapper<NotePartnershipPartnershipsNodeAggregateSelection>;
  NotePartnershipsConnectFieldInput: NotePartnershipsConnectFieldInput;
  NotePartnershipsConnection: ResolverTypeWrapper<Omit<NotePartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['NotePartnershipsRelationship']> }>;
  NotePartnershipsConnectionAggregateInput: NotePartnershipsConnectionAggregateInput;
  NotePartnershipsConnectionFilters: NotePartnershipsConnectionFilters;
  NotePartnershipsConnectionSort: NotePartnershipsConnectionSort;
  NotePartnershipsConnectionWhere: NotePartnershipsConnectionWhere;
  NotePartnershipsDisconnectFieldInput: NotePartnershipsDisconnectFieldInput;
  NotePartnershipsFieldInput: NotePartnershipsFieldInput;
  NotePartnershipsNodeAggregationWhereInput: NotePartnershipsNodeAggregationWhereInput;
  NotePartnershipsRelationship: ResolverTypeWrapper<Omit<NotePartnershipsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  NotePartnershipsUpdateFieldInput: NotePartnershipsUpdateFieldInput;
  NoteServiceServicesAggregateSelection: ResolverTypeWrapper<NoteServiceServicesAggregateSelection>;
  NoteServiceServicesNodeAggregateSelection: ResolverTypeWrapper<NoteServiceServicesNodeAggregateSelection>;
  NoteServicesConnectFieldInput: NoteServicesConnectFieldInput;
  NoteServicesConnection: ResolverTypeWrapper<Omit<NoteServicesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteServicesRelationship']> }>;
  NoteServicesConnectionAggregateInput: NoteServicesConnectionAggregateInput;
  NoteServicesConnectionFilters: NoteServicesConnectionFilters;
  NoteServicesConnectionSort: NoteServicesConnectionSort;
  NoteServicesConnectionWhere: NoteServicesConnectionWhere;
  NoteServicesDisconnectFieldInput: NoteServicesDisconnectFieldInput;
  NoteServicesFieldInput: NoteServicesFieldInput;
  NoteServicesNodeAggregationWhereInput: NoteServicesNodeAggregationWhereInput;
  NoteServicesRelationship: ResolverTypeWrapper<Omit<NoteServicesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  NoteServicesUpdateFieldInput: NoteServicesUpdateFieldInput;
  NoteSort: NoteSort;
  NoteUpdateInput: NoteUpdateInput;
  NoteWhere: NoteWhere;
  NotesConnection: ResolverTypeWrapper<Omit<NotesConnection, 'edges'> & { edges: Array<ResolversTypes['NoteEdge']> }>;
  Organisation: ResolverTypeWrapper<Omit<Organisation, 'delivers' | 'deliversConnection' | 'fundingPaid' | 'partnerships' | 'partnershipsConnection'> & { delivers: Array<ResolversTypes['Service']>, deliversConnection: ResolversTypes['OrganisationDeliversConnection'], fundingPaid: Array<ResolversTypes['FundingFlow']>, partnerships: Array<ResolversTypes['Partnership']>, partnershipsConnection: ResolversTypes['OrganisationPartnershipsConnection'] }>;
  OrganisationAggregate: ResolverTypeWrapper<OrganisationAggregate>;
  OrganisationAggregateNode: ResolverTypeWrapper<OrganisationAggregateNode>;
  OrganisationConnectInput: OrganisationConnectInput;
  OrganisationConnectWhere: OrganisationConnectWhere;
  OrganisationDeliversConnectFieldInput: OrganisationDeliversConnectFieldInput;
  OrganisationDeliversConnection: ResolverTypeWrapper<Omit<OrganisationDeliversConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationDeliversRelationship']> }>;
  OrganisationDeliversConnectionAggregateInput: OrganisationDeliversConnectionAggregateInput;
  OrganisationDeliversConnectionFilters: OrganisationDeliversConnectionFilters;
  OrganisationDeliversConnectionSort: OrganisationDeliversConnectionSort;
  OrganisationDeliversConnectionWhere: OrganisationDeliversConnectionWhere;
  OrganisationDeliversDisconnectFieldInput: OrganisationDeliversDisconnectFieldInput;
  OrganisationDeliversNodeAggregationWhereInput: OrganisationDeliversNodeAggregationWhereInput;
  OrganisationDeliversRelationship: ResolverTypeWrapper<Omit<OrganisationDeliversRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  OrganisationDisconnectInput: OrganisationDisconnectInput;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFundingFlowFundingPaidAggregateSelection: ResolverTypeWrapper<OrganisationFundingFlowFundingPaidAggregateSelection>;
  OrganisationFundingFlowFundingPaidNodeAggregateSelection: ResolverTypeWrapper<OrganisationFundingFlowFundingPaidNodeAggregateSelection>;
  OrganisationFundingPaidConnectFieldInput: OrganisationFundingPaidConnectFieldInput;
  OrganisationFundingPaidConnection: ResolverTypeWrapper<OrganisationFundingPaidConnection>;
  OrganisationFundingPaidConnectionAggregateInput: OrganisationFundingPaidConnectionAggregateInput;
  OrganisationFundingPaidConnectionFilters: OrganisationFundingPaidConnectionFilters;
  OrganisationFundingPaidConnectionSort: OrganisationFundingPaidConnectionSort;
  OrganisationFundingPaidConnectionWhere: OrganisationFundingPaidConnectionWhere;
  OrganisationFundingPaidDisconnectFieldInput: OrganisationFundingPaidDisconnectFieldInput;
  OrganisationFundingPaidNodeAggregationWhereInput: OrganisationFundingPaidNodeAggregationWhereInput;
  OrganisationFundingPaidRelationship: ResolverTypeWrapper<Omit<OrganisationFundingPaidRelationship, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  OrganisationPartnershipPartnershipsAggregateSelection: ResolverTypeWrapper<OrganisationPartnershipPartnershipsAggregateSelection>;
  OrganisationPartnershipPartnershipsEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPartnershipPartnershipsEdgeAggregateSelection>;
  OrganisationPartnershipPartnershipsNodeAggregateSelection: ResolverTypeWrapper<OrganisationPartnershipPartnershipsNodeAggregateSelection>;
  OrganisationPartnershipsConnectFieldInput: OrganisationPartnershipsConnectFieldInput;
  OrganisationPartnershipsConnection: ResolverTypeWrapper<Omit<OrganisationPartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationPartnershipsRelationship']> }>;
  OrganisationPartnershipsConnectionAggregateInput: OrganisationPartnershipsConnectionAggregateInput;
  OrganisationPartnershipsConnectionFilters: OrganisationPartnershipsConnectionFilters;
  OrganisationPartnershipsConnectionSort: OrganisationPartnershipsConnectionSort;
  OrganisationPartnershipsConnectionWhere: OrganisationPartnershipsConnectionWhere;
  OrganisationPartnershipsDisconnectFieldInput: OrganisationPartnershipsDisconnectFieldInput;
  OrganisationPartnershipsNodeAggregationWhereInput: OrganisationPartnershipsNodeAggregationWhereInput;
  OrganisationPartnershipsRelationship: ResolverTypeWrapper<Omit<OrganisationPartnershipsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  OrganisationRelationshipFilters: OrganisationRelationshipFilters;
  OrganisationServiceDeliversAggregateSelection: ResolverTypeWrapper<OrganisationServiceDeliversAggregateSelection>;
  OrganisationServiceDeliversEdgeAggregateSelection: ResolverTypeWrapper<OrganisationServiceDeliversEdgeAggregateSelection>;
  OrganisationServiceDeliversNodeAggregateSelection: ResolverTypeWrapper<OrganisationServiceDeliversNodeAggregateSelection>;
  OrganisationSort: OrganisationSort;
  OrganisationSourceSourcesAggregateSelection: ResolverTypeWrapper<OrganisationSourceSourcesAggregateSelection>;
  OrganisationSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<OrganisationSourceSourcesEdgeAggregateSelection>;
  OrganisationSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<OrganisationSourceSourcesNodeAggregateSelection>;
  OrganisationSourcesConnectFieldInput: OrganisationSourcesConnectFieldInput;
  OrganisationSourcesConnection: ResolverTypeWrapper<OrganisationSourcesConnection>;
  OrganisationSourcesConnectionAggregateInput: OrganisationSourcesConnectionAggregateInput;
  OrganisationSourcesConnectionFilters: OrganisationSourcesConnectionFilters;
  OrganisationSourcesConnectionSort: OrganisationSourcesConnectionSort;
  OrganisationSourcesConnectionWhere: OrganisationSourcesConnectionWhere;
  OrganisationSourcesDisconnectFieldInput: OrganisationSourcesDisconnectFieldInput;
  OrganisationSourcesNodeAggregationWhereInput: OrganisationSourcesNodeAggregationWhereInput;
  OrganisationSourcesRelationship: ResolverTypeWrapper<OrganisationSourcesRelationship>;
  OrganisationWhere: OrganisationWhere;
  OrganisationsConnection: ResolverTypeWrapper<Omit<OrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OverlapPair: ResolverTypeWrapper<OverlapPair>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Parish: ResolverTypeWrapper<Omit<Parish, 'replaced' | 'replacedBy' | 'tiers' | 'tiersConnection' | 'within' | 'withinConnection'> & { replaced: Array<ResolversTypes['Parish']>, replacedBy: Array<ResolversTypes['Parish']>, tiers: Array<ResolversTypes['Tier']>, tiersConnection: ResolversTypes['ParishTiersConnection'], within: Array<ResolversTypes['Authority']>, withinConnection: ResolversTypes['ParishWithinConnection'] }>;
  ParishAggregate: ResolverTypeWrapper<ParishAggregate>;
  ParishAggregateNode: ResolverTypeWrapper<ParishAggregateNode>;
  ParishAuthorityWithinAggregateSelection: ResolverTypeWrapper<ParishAuthorityWithinAggregateSelection>;
  ParishAuthorityWithinEdgeAggregateSelection: ResolverTypeWrapper<ParishAuthorityWithinEdgeAggregateSelection>;
  ParishAuthorityWithinNodeAggregateSelection: ResolverTypeWrapper<ParishAuthorityWithinNodeAggregateSelection>;
  ParishConnectInput: ParishConnectInput;
  ParishConnectWhere: ParishConnectWhere;
  ParishDisconnectInput: ParishDisconnectInput;
  ParishEdge: ResolverTypeWrapper<Omit<ParishEdge, 'node'> & { node: ResolversTypes['Parish'] }>;
  ParishParishReplacedAggregateSelection: ResolverTypeWrapper<ParishParishReplacedAggregateSelection>;
  ParishParishReplacedByAggregateSelection: ResolverTypeWrapper<ParishParishReplacedByAggregateSelection>;
  ParishParishReplacedByEdgeAggregateSelection: ResolverTypeWrapper<ParishParishReplacedByEdgeAggregateSelection>;
  ParishParishReplacedByNodeAggregateSelection: ResolverTypeWrapper<ParishParishReplacedByNodeAggregateSelection>;
  ParishParishReplacedEdgeAggregateSelection: ResolverTypeWrapper<ParishParishReplacedEdgeAggregateSelection>;
  ParishParishReplacedNodeAggregateSelection: ResolverTypeWrapper<ParishParishReplacedNodeAggregateSelection>;
  ParishRelationshipFilters: ParishRelationshipFilters;
  ParishReplacedByConnectFieldInput: ParishReplacedByConnectFieldInput;
  ParishReplacedByConnection: ResolverTypeWrapper<ParishReplacedByConnection>;
  ParishReplacedByConnectionAggregateInput: ParishReplacedByConnectionAggregateInput;
  ParishReplacedByConnectionFilters: ParishReplacedByConnectionFilters;
  ParishReplacedByConnectionSort: ParishReplacedByConnectionSort;
  ParishReplacedByConnectionWhere: ParishReplacedByConnectionWhere;
  ParishReplacedByDisconnectFieldInput: ParishReplacedByDisconnectFieldInput;
  ParishReplacedByNodeAggregationWhereInput: ParishReplacedByNodeAggregationWhereInput;
  ParishReplacedByRelationship: ResolverTypeWrapper<Omit<ParishReplacedByRelationship, 'node'> & { node: ResolversTypes['Parish'] }>;
  ParishReplacedConnectFieldInput: ParishReplacedConnectFieldInput;
  ParishReplacedConnection: ResolverTypeWrapper<ParishReplacedConnection>;
  ParishReplacedConnectionAggregateInput: ParishReplacedConnectionAggregateInput;
  ParishReplacedConnectionFilters: ParishReplacedConnectionFilters;
  ParishReplacedConnectionSort: ParishReplacedConnectionSort;
  ParishReplacedConnectionWhere: ParishReplacedConnectionWhere;
  ParishReplacedDisconnectFieldInput: ParishReplacedDisconnectFieldInput;
  ParishReplacedNodeAggregationWhereInput: ParishReplacedNodeAggregationWhereInput;
  ParishReplacedRelationship: ResolverTypeWrapper<Omit<ParishReplacedRelationship, 'node'> & { node: ResolversTypes['Parish'] }>;
  ParishSort: ParishSort;
  ParishSourceSourcesAggregateSelection: ResolverTypeWrapper<ParishSourceSourcesAggregateSelection>;
  ParishSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<ParishSourceSourcesEdgeAggregateSelection>;
  ParishSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<ParishSourceSourcesNodeAggregateSelection>;
  ParishSourcesConnectFieldInput: ParishSourcesConnectFieldInput;
  ParishSourcesConnection: ResolverTypeWrapper<ParishSourcesConnection>;
  ParishSourcesConnectionAggregateInput: ParishSourcesConnectionAggregateInput;
  ParishSourcesConnectionFilters: ParishSourcesConnectionFilters;
  ParishSourcesConnectionSort: ParishSourcesConnectionSort;
  ParishSourcesConnectionWhere: ParishSourcesConnectionWhere;
  ParishSourcesDisconnectFieldInput: ParishSourcesDisconnectFieldInput;
  ParishSourcesNodeAggregationWhereInput: ParishSourcesNodeAggregationWhereInput;
  ParishSourcesRelationship: ResolverTypeWrapper<ParishSourcesRelationship>;
  ParishTierTiersAggregateSelection: ResolverTypeWrapper<ParishTierTiersAggregateSelection>;
  ParishTierTiersNodeAggregateSelection: ResolverTypeWrapper<ParishTierTiersNodeAggregateSelection>;
  ParishTiersConnectFieldInput: ParishTiersConnectFieldInput;
  ParishTiersConnection: ResolverTypeWrapper<Omit<ParishTiersConnection, 'edges'> & { edges: Array<ResolversTypes['ParishTiersRelationship']> }>;
  ParishTiersConnectionAggregateInput: ParishTiersConnectionAggregateInput;
  ParishTiersConnectionFilters: ParishTiersConnectionFilters;
  ParishTiersConnectionSort: ParishTiersConnectionSort;
  ParishTiersConnectionWhere: ParishTiersConnectionWhere;
  ParishTiersDisconnectFieldInput: ParishTiersDisconnectFieldInput;
  ParishTiersNodeAggregationWhereInput: ParishTiersNodeAggregationWhereInput;
  ParishTiersRelationship: ResolverTypeWrapper<Omit<ParishTiersRelationship, 'node'> & { node: ResolversTypes['Tier'] }>;
  ParishWhere: ParishWhere;
  ParishWithinConnectFieldInput: ParishWithinConnectFieldInput;
  ParishWithinConnection: ResolverTypeWrapper<Omit<ParishWithinConnection, 'edges'> & { edges: Array<ResolversTypes['ParishWithinRelationship']> }>;
  ParishWithinConnectionAggregateInput: ParishWithinConnectionAggregateInput;
  ParishWithinConnectionFilters: ParishWithinConnectionFilters;
  ParishWithinConnectionSort: ParishWithinConnectionSort;
  ParishWithinConnectionWhere: ParishWithinConnectionWhere;
  ParishWithinDisconnectFieldInput: ParishWithinDisconnectFieldInput;
  ParishWithinNodeAggregationWhereInput: ParishWithinNodeAggregationWhereInput;
  ParishWithinRelationship: ResolverTypeWrapper<Omit<ParishWithinRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  ParishesConnection: ResolverTypeWrapper<Omit<ParishesConnection, 'edges'> & { edges: Array<ResolversTypes['ParishEdge']> }>;
  Partnership: ResolverTypeWrapper<Omit<Partnership, 'covers' | 'fundingReceived' | 'memberOf' | 'members' | 'membersConnection' | 'parents' | 'parentsConnection' | 'replacedBy' | 'replacedByConnection' | 'services' | 'subGroups' | 'subGroupsConnection'> & { covers: Array<ResolversTypes['Authority']>, fundingReceived: Array<ResolversTypes['FundingFlow']>, memberOf: Array<ResolversTypes['Partnership']>, members: Array<ResolversTypes['Member']>, membersConnection: ResolversTypes['PartnershipMembersConnection'], parents: Array<ResolversTypes['Partnership']>, parentsConnection: ResolversTypes['PartnershipParentsConnection'], replacedBy: Array<ResolversTypes['Partnership']>, replacedByConnection: ResolversTypes['PartnershipReplacedByConnection'], services: Array<ResolversTypes['Service']>, subGroups: Array<ResolversTypes['Partnership']>, subGroupsConnection: ResolversTypes['PartnershipSubGroupsConnection'] }>;
  PartnershipAggregate: ResolverTypeWrapper<PartnershipAggregate>;
  PartnershipAggregateNode: ResolverTypeWrapper<PartnershipAggregateNode>;
  PartnershipAuthorityCoversAggregateSelection: ResolverTypeWrapper<PartnershipAuthorityCoversAggregateSelection>;
  PartnershipAuthorityCoversEdgeAggregateSelection: ResolverTypeWrapper<PartnershipAuthorityCoversEdgeAggregateSelection>;
  PartnershipAuthorityCoversNodeAggregateSelection: ResolverTypeWrapper<PartnershipAuthorityCoversNodeAggregateSelection>;
  PartnershipConnectInput: PartnershipConnectInput;
  PartnershipConnectWhere: PartnershipConnectWhere;
  PartnershipCoversConnectFieldInput: PartnershipCoversConnectFieldInput;
  PartnershipCoversConnection: ResolverTypeWrapper<PartnershipCoversConnection>;
  PartnershipCoversConnectionAggregateInput: PartnershipCoversConnectionAggregateInput;
  PartnershipCoversConnectionFilters: PartnershipCoversConnectionFilters;
  PartnershipCoversConnectionSort: PartnershipCoversConnectionSort;
  PartnershipCoversConnectionWhere: PartnershipCoversConnectionWhere;
  PartnershipCoversDisconnectFieldInput: PartnershipCoversDisconnectFieldInput;
  PartnershipCoversNodeAggregationWhereInput: PartnershipCoversNodeAggregationWhereInput;
  PartnershipCoversRelationship: ResolverTypeWrapper<Omit<PartnershipCoversRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  PartnershipDisconnectInput: PartnershipDisconnectInput;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipFundingFlowFundingReceivedAggregateSelection: ResolverTypeWrapper<PartnershipFundingFlowFundingReceivedAggregateSelection>;
  PartnershipFundingFlowFundingReceivedNodeAggregateSelection: ResolverTypeWrapper<PartnershipFundingFlowFundingReceivedNodeAggregateSelection>;
  PartnershipFundingReceivedConnectFieldInput: PartnershipFundingReceivedConnectFieldInput;
  PartnershipFundingReceivedConnection: ResolverTypeWrapper<PartnershipFundingReceivedConnection>;
  PartnershipFundingReceivedConnectionAggregateInput: PartnershipFundingReceivedConnectionAggregateInput;
  PartnershipFundingReceivedConnectionFilters: PartnershipFundingReceivedConnectionFilters;
  PartnershipFundingReceivedConnectionSort: PartnershipFundingReceivedConnectionSort;
  PartnershipFundingReceivedConnectionWhere: PartnershipFundingReceivedConnectionWhere;
  PartnershipFundingReceivedDisconnectFieldInput: PartnershipFundingReceivedDisconnectFieldInput;
  PartnershipFundingReceivedNodeAggregationWhereInput: PartnershipFundingReceivedNodeAggregationWhereInput;
  PartnershipFundingReceivedRelationship: ResolverTypeWrapper<Omit<PartnershipFundingReceivedRelationship, 'node'> & { node: ResolversTypes['FundingFlow'] }>;
  PartnershipMemberOfConnectFieldInput: PartnershipMemberOfConnectFieldInput;
  PartnershipMemberOfConnection: ResolverTypeWrapper<PartnershipMemberOfConnection>;
  PartnershipMemberOfConnectionAggregateInput: PartnershipMemberOfConnectionAggregateInput;
  PartnershipMemberOfConnectionFilters: PartnershipMemberOfConnectionFilters;
  PartnershipMemberOfConnectionSort: PartnershipMemberOfConnectionSort;
  PartnershipMemberOfConnectionWhere: PartnershipMemberOfConnectionWhere;
  PartnershipMemberOfDisconnectFieldInput: PartnershipMemberOfDisconnectFieldInput;
  PartnershipMemberOfNodeAggregationWhereInput: PartnershipMemberOfNodeAggregationWhereInput;
  PartnershipMemberOfRelationship: ResolverTypeWrapper<Omit<PartnershipMemberOfRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipMembersAuthorityConnectFieldInput: PartnershipMembersAuthorityConnectFieldInput;
  PartnershipMembersAuthorityConnectionWhere: PartnershipMembersAuthorityConnectionWhere;
  PartnershipMembersAuthorityDisconnectFieldInput: PartnershipMembersAuthorityDisconnectFieldInput;
  PartnershipMembersConnectInput: PartnershipMembersConnectInput;
  PartnershipMembersConnection: ResolverTypeWrapper<Omit<PartnershipMembersConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipMembersRelationship']> }>;
  PartnershipMembersConnectionFilters: PartnershipMembersConnectionFilters;
  PartnershipMembersConnectionSort: PartnershipMembersConnectionSort;
  PartnershipMembersConnectionWhere: PartnershipMembersConnectionWhere;
  PartnershipMembersDisconnectInput: PartnershipMembersDisconnectInput;
  PartnershipMembersOrganisationConnectFieldInput: PartnershipMembersOrganisationConnectFieldInput;
  PartnershipMembersOrganisationConnectionWhere: PartnershipMembersOrganisationConnectionWhere;
  PartnershipMembersOrganisationDisconnectFieldInput: PartnershipMembersOrganisationDisconnectFieldInput;
  PartnershipMembersPartnershipConnectFieldInput: PartnershipMembersPartnershipConnectFieldInput;
  PartnershipMembersPartnershipConnectionWhere: PartnershipMembersPartnershipConnectionWhere;
  PartnershipMembersPartnershipDisconnectFieldInput: PartnershipMembersPartnershipDisconnectFieldInput;
  PartnershipMembersRelationship: ResolverTypeWrapper<Omit<PartnershipMembersRelationship, 'node'> & { node: ResolversTypes['Member'] }>;
  PartnershipOverlap: ResolverTypeWrapper<PartnershipOverlap>;
  PartnershipParentsConnectFieldInput: PartnershipParentsConnectFieldInput;
  PartnershipParentsConnection: ResolverTypeWrapper<Omit<PartnershipParentsConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipParentsRelationship']> }>;
  PartnershipParentsConnectionAggregateInput: PartnershipParentsConnectionAggregateInput;
  PartnershipParentsConnectionFilters: PartnershipParentsConnectionFilters;
  PartnershipParentsConnectionSort: PartnershipParentsConnectionSort;
  PartnershipParentsConnectionWhere: PartnershipParentsConnectionWhere;
  PartnershipParentsDisconnectFieldInput: PartnershipParentsDisconnectFieldInput;
  PartnershipParentsNodeAggregationWhereInput: PartnershipParentsNodeAggregationWhereInput;
  PartnershipParentsRelationship: ResolverTypeWrapper<Omit<PartnershipParentsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipPartnershipMemberOfAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipMemberOfAggregateSelection>;
  PartnershipPartnershipMemberOfEdgeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipMemberOfEdgeAggregateSelection>;
  PartnershipPartnershipMemberOfNodeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipMemberOfNodeAggregateSelection>;
  PartnershipPartnershipParentsAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipParentsAggregateSelection>;
  PartnershipPartnershipParentsEdgeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipParentsEdgeAggregateSelection>;
  PartnershipPartnershipParentsNodeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipParentsNodeAggregateSelection>;
  PartnershipPartnershipReplacedByAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipReplacedByAggregateSelection>;
  PartnershipPartnershipReplacedByEdgeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipReplacedByEdgeAggregateSelection>;
  PartnershipPartnershipReplacedByNodeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipReplacedByNodeAggregateSelection>;
  PartnershipPartnershipSubGroupsAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipSubGroupsAggregateSelection>;
  PartnershipPartnershipSubGroupsEdgeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipSubGroupsEdgeAggregateSelection>;
  PartnershipPartnershipSubGroupsNodeAggregateSelection: ResolverTypeWrapper<PartnershipPartnershipSubGroupsNodeAggregateSelection>;
  PartnershipRef: ResolverTypeWrapper<PartnershipRef>;
  PartnershipRelationshipFilters: PartnershipRelationshipFilters;
  PartnershipReplacedByConnectFieldInput: PartnershipReplacedByConnectFieldInput;
  PartnershipReplacedByConnection: ResolverTypeWrapper<Omit<PartnershipReplacedByConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipReplacedByRelationship']> }>;
  PartnershipReplacedByConnectionAggregateInput: PartnershipReplacedByConnectionAggregateInput;
  PartnershipReplacedByConnectionFilters: PartnershipReplacedByConnectionFilters;
  PartnershipReplacedByConnectionSort: PartnershipReplacedByConnectionSort;
  PartnershipReplacedByConnectionWhere: PartnershipReplacedByConnectionWhere;
  PartnershipReplacedByDisconnectFieldInput: PartnershipReplacedByDisconnectFieldInput;
  PartnershipReplacedByNodeAggregationWhereInput: PartnershipReplacedByNodeAggregationWhereInput;
  PartnershipReplacedByRelationship: ResolverTypeWrapper<Omit<PartnershipReplacedByRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipServiceServicesAggregateSelection: ResolverTypeWrapper<PartnershipServiceServicesAggregateSelection>;
  PartnershipServiceServicesNodeAggregateSelection: ResolverTypeWrapper<PartnershipServiceServicesNodeAggregateSelection>;
  PartnershipServicesConnectFieldInput: PartnershipServicesConnectFieldInput;
  PartnershipServicesConnection: ResolverTypeWrapper<PartnershipServicesConnection>;
  PartnershipServicesConnectionAggregateInput: PartnershipServicesConnectionAggregateInput;
  PartnershipServicesConnectionFilters: PartnershipServicesConnectionFilters;
  PartnershipServicesConnectionSort: PartnershipServicesConnectionSort;
  PartnershipServicesConnectionWhere: PartnershipServicesConnectionWhere;
  PartnershipServicesDisconnectFieldInput: PartnershipServicesDisconnectFieldInput;
  PartnershipServicesNodeAggregationWhereInput: PartnershipServicesNodeAggregationWhereInput;
  PartnershipServicesRelationship: ResolverTypeWrapper<Omit<PartnershipServicesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  PartnershipSort: PartnershipSort;
  PartnershipSourceSourcesAggregateSelection: ResolverTypeWrapper<PartnershipSourceSourcesAggregateSelection>;
  PartnershipSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<PartnershipSourceSourcesEdgeAggregateSelection>;
  PartnershipSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<PartnershipSourceSourcesNodeAggregateSelection>;
  PartnershipSourcesConnectFieldInput: PartnershipSourcesConnectFieldInput;
  PartnershipSourcesConnection: ResolverTypeWrapper<PartnershipSourcesConnection>;
  PartnershipSourcesConnectionAggregateInput: PartnershipSourcesConnectionAggregateInput;
  PartnershipSourcesConnectionFilters: PartnershipSourcesConnectionFilters;
  PartnershipSourcesConnectionSort: PartnershipSourcesConnectionSort;
  PartnershipSourcesConnectionWhere: PartnershipSourcesConnectionWhere;
  PartnershipSourcesDisconnectFieldInput: PartnershipSourcesDisconnectFieldInput;
  PartnershipSourcesNodeAggregationWhereInput: PartnershipSourcesNodeAggregationWhereInput;
  PartnershipSourcesRelationship: ResolverTypeWrapper<PartnershipSourcesRelationship>;
  PartnershipSubGroupsConnectFieldInput: PartnershipSubGroupsConnectFieldInput;
  PartnershipSubGroupsConnection: ResolverTypeWrapper<Omit<PartnershipSubGroupsConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipSubGroupsRelationship']> }>;
  PartnershipSubGroupsConnectionAggregateInput: PartnershipSubGroupsConnectionAggregateInput;
  PartnershipSubGroupsConnectionFilters: PartnershipSubGroupsConnectionFilters;
  PartnershipSubGroupsConnectionSort: PartnershipSubGroupsConnectionSort;
  PartnershipSubGroupsConnectionWhere: PartnershipSubGroupsConnectionWhere;
  PartnershipSubGroupsDisconnectFieldInput: PartnershipSubGroupsDisconnectFieldInput;
  PartnershipSubGroupsNodeAggregationWhereInput: PartnershipSubGroupsNodeAggregationWhereInput;
  PartnershipSubGroupsRelationship: ResolverTypeWrapper<Omit<PartnershipSubGroupsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipWhere: PartnershipWhere;
  PartnershipsConnection: ResolverTypeWrapper<Omit<PartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipEdge']> }>;
  PathStep: ResolverTypeWrapper<PathStep>;
  PooledBudget: ResolverTypeWrapper<PooledBudget>;
  PostcodeAnswer: ResolverTypeWrapper<PostcodeAnswer>;
  PostcodeBody: ResolverTypeWrapper<PostcodeBody>;
  PostcodeRelationship: PostcodeRelationship;
  Provision: ResolverTypeWrapper<Provision>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: Recommendation;
  Responsibility: ResolverTypeWrapper<Responsibility>;
  ResponsibilityAggregationWhereInput: ResponsibilityAggregationWhereInput;
  ResponsibilityCreateInput: ResponsibilityCreateInput;
  ResponsibilitySort: ResponsibilitySort;
  ResponsibilityWhere: ResponsibilityWhere;
  Scenario: ResolverTypeWrapper<Scenario>;
  ScenarioFigures: ResolverTypeWrapper<ScenarioFigures>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchKind: SearchKind;
  SearchMatch: SearchMatch;
  Service: ResolverTypeWrapper<Omit<Service, 'deliveredBy' | 'partnerships' | 'partnershipsConnection' | 'tiers' | 'tiersConnection'> & { deliveredBy: Array<ResolversTypes['Organisation']>, partnerships: Array<ResolversTypes['Partnership']>, partnershipsConnection: ResolversTypes['ServicePartnershipsConnection'], tiers: Array<ResolversTypes['Tier']>, tiersConnection: ResolversTypes['ServiceTiersConnection'] }>;
  ServiceAggregate: ResolverTypeWrapper<ServiceAggregate>;
  ServiceAggregateNode: ResolverTypeWrapper<ServiceAggregateNode>;
  ServiceConnectInput: ServiceConnectInput;
  ServiceConnectWhere: ServiceConnectWhere;
  ServiceDeliveredByConnectFieldInput: ServiceDeliveredByConnectFieldInput;
  ServiceDeliveredByConnection: ResolverTypeWrapper<ServiceDeliveredByConnection>;
  ServiceDeliveredByConnectionAggregateInput: ServiceDeliveredByConnectionAggregateInput;
  ServiceDeliveredByConnectionFilters: ServiceDeliveredByConnectionFilters;
  ServiceDeliveredByConnectionSort: ServiceDeliveredByConnectionSort;
  ServiceDeliveredByConnectionWhere: ServiceDeliveredByConnectionWhere;
  ServiceDeliveredByDisconnectFieldInput: ServiceDeliveredByDisconnectFieldInput;
  ServiceDeliveredByNodeAggregationWhereInput: ServiceDeliveredByNodeAggregationWhereInput;
  ServiceDeliveredByRelationship: ResolverTypeWrapper<Omit<ServiceDeliveredByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  ServiceDisconnectInput: ServiceDisconnectInput;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceGroup: ResolverTypeWrapper<ServiceGroup>;
  ServiceOrganisationDeliveredByAggregateSelection: ResolverTypeWrapper<ServiceOrganisationDeliveredByAggregateSelection>;
  ServiceOrganisationDeliveredByEdgeAggregateSelection: ResolverTypeWrapper<ServiceOrganisationDeliveredByEdgeAggregateSelection>;
  ServiceOrganisationDeliveredByNodeAggregateSelection: ResolverTypeWrapper<ServiceOrganisationDeliveredByNodeAggregateSelection>;
  ServicePartnershipPartnershipsAggregateSelection: ResolverTypeWrapper<ServicePartnershipPartnershipsAggregateSelection>;
  ServicePartnershipPartnershipsNodeAggregateSelection: ResolverTypeWrapper<ServicePartnershipPartnershipsNodeAggregateSelection>;
  ServicePartnershipsConnectFieldInput: ServicePartnershipsConnectFieldInput;
  ServicePartnershipsConnection: ResolverTypeWrapper<Omit<ServicePartnershipsConnection, 'edges'> & { edges: Array<ResolversTypes['ServicePartnershipsRelationship']> }>;
  ServicePartnershipsConnectionAggregateInput: ServicePartnershipsConnectionAggregateInput;
  ServicePartnershipsConnectionFilters: ServicePartnershipsConnectionFilters;
  ServicePartnershipsConnectionSort: ServicePartnershipsConnectionSort;
  ServicePartnershipsConnectionWhere: ServicePartnershipsConnectionWhere;
  ServicePartnershipsDisconnectFieldInput: ServicePartnershipsDisconnectFieldInput;
  ServicePartnershipsNodeAggregationWhereInput: ServicePartnershipsNodeAggregationWhereInput;
  ServicePartnershipsRelationship: ResolverTypeWrapper<Omit<ServicePartnershipsRelationship, 'node'> & { node: ResolversTypes['Partnership'] }>;
  ServiceRelationshipFilters: ServiceRelationshipFilters;
  ServiceResponsibility: ResolverTypeWrapper<ServiceResponsibility>;
  ServiceSort: ServiceSort;
  ServiceTierTiersAggregateSelection: ResolverTypeWrapper<ServiceTierTiersAggregateSelection>;
  ServiceTierTiersEdgeAggregateSelection: ResolverTypeWrapper<ServiceTierTiersEdgeAggregateSelection>;
  ServiceTierTiersNodeAggregateSelection: ResolverTypeWrapper<ServiceTierTiersNodeAggregateSelection>;
  ServiceTiersConnectFieldInput: ServiceTiersConnectFieldInput;
  ServiceTiersConnection: ResolverTypeWrapper<Omit<ServiceTiersConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceTiersRelationship']> }>;
  ServiceTiersConnectionAggregateInput: ServiceTiersConnectionAggregateInput;
  ServiceTiersConnectionFilters: ServiceTiersConnectionFilters;
  ServiceTiersConnectionSort: ServiceTiersConnectionSort;
  ServiceTiersConnectionWhere: ServiceTiersConnectionWhere;
  ServiceTiersDisconnectFieldInput: ServiceTiersDisconnectFieldInput;
  ServiceTiersNodeAggregationWhereInput: ServiceTiersNodeAggregationWhereInput;
  ServiceTiersRelationship: ResolverTypeWrapper<Omit<ServiceTiersRelationship, 'node'> & { node: ResolversTypes['Tier'] }>;
  ServiceWhere: ServiceWhere;
  ServicesConnection: ResolverTypeWrapper<Omit<ServicesConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<Source>;
  SourceAggregate: ResolverTypeWrapper<SourceAggregate>;
  SourceAggregateNode: ResolverTypeWrapper<SourceAggregateNode>;
  SourceConnectWhere: SourceConnectWhere;
  SourceEdge: ResolverTypeWrapper<SourceEdge>;
  SourceRef: ResolverTypeWrapper<SourceRef>;
  SourceRelationshipFilters: SourceRelationshipFilters;
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: ResolverTypeWrapper<SourcesConnection>;
  StatedTotal: ResolverTypeWrapper<StatedTotal>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Succession: ResolverTypeWrapper<Succession>;
  SuccessionAggregationWhereInput: SuccessionAggregationWhereInput;
  SuccessionCreateInput: SuccessionCreateInput;
  SuccessionSort: SuccessionSort;
  SuccessionWhere: SuccessionWhere;
  Tier: ResolverTypeWrapper<Omit<Tier, 'authorities' | 'responsibilities' | 'responsibilitiesConnection'> & { authorities: Array<ResolversTypes['Authority']>, responsibilities: Array<ResolversTypes['Service']>, responsibilitiesConnection: ResolversTypes['TierResponsibilitiesConnection'] }>;
  TierAggregate: ResolverTypeWrapper<TierAggregate>;
  TierAggregateNode: ResolverTypeWrapper<TierAggregateNode>;
  TierAuthoritiesConnectFieldInput: TierAuthoritiesConnectFieldInput;
  TierAuthoritiesConnection: ResolverTypeWrapper<TierAuthoritiesConnection>;
  TierAuthoritiesConnectionAggregateInput: TierAuthoritiesConnectionAggregateInput;
  TierAuthoritiesConnectionFilters: TierAuthoritiesConnectionFilters;
  TierAuthoritiesConnectionSort: TierAuthoritiesConnectionSort;
  TierAuthoritiesConnectionWhere: TierAuthoritiesConnectionWhere;
  TierAuthoritiesDisconnectFieldInput: TierAuthoritiesDisconnectFieldInput;
  TierAuthoritiesNodeAggregationWhereInput: TierAuthoritiesNodeAggregationWhereInput;
  TierAuthoritiesRelationship: ResolverTypeWrapper<Omit<TierAuthoritiesRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  TierAuthorityAuthoritiesAggregateSelection: ResolverTypeWrapper<TierAuthorityAuthoritiesAggregateSelection>;
  TierAuthorityAuthoritiesNodeAggregateSelection: ResolverTypeWrapper<TierAuthorityAuthoritiesNodeAggregateSelection>;
  TierConnectInput: TierConnectInput;
  TierConnectWhere: TierConnectWhere;
  TierDisconnectInput: TierDisconnectInput;
  TierEdge: ResolverTypeWrapper<Omit<TierEdge, 'node'> & { node: ResolversTypes['Tier'] }>;
  TierMatrix: ResolverTypeWrapper<TierMatrix>;
  TierMatrixCell: ResolverTypeWrapper<TierMatrixCell>;
  TierMatrixRow: ResolverTypeWrapper<TierMatrixRow>;
  TierRelationshipFilters: TierRelationshipFilters;
  TierResponsibilitiesConnectFieldInput: TierResponsibilitiesConnectFieldInput;
  TierResponsibilitiesConnection: ResolverTypeWrapper<Omit<TierResponsibilitiesConnection, 'edges'> & { edges: Array<ResolversTypes['TierResponsibilitiesRelationship']> }>;
  TierResponsibilitiesConnectionAggregateInput: TierResponsibilitiesConnectionAggregateInput;
  TierResponsibilitiesConnectionFilters: TierResponsibilitiesConnectionFilters;
  TierResponsibilitiesConnectionSort: TierResponsibilitiesConnectionSort;
  TierResponsibilitiesConnectionWhere: TierResponsibilitiesConnectionWhere;
  TierResponsibilitiesDisconnectFieldInput: TierResponsibilitiesDisconnectFieldInput;
  TierResponsibilitiesNodeAggregationWhereInput: TierResponsibilitiesNodeAggregationWhereInput;
  TierResponsibilitiesRelationship: ResolverTypeWrapper<Omit<TierResponsibilitiesRelationship, 'node'> & { node: ResolversTypes['Service'] }>;
  TierServiceResponsibilitiesAggregateSelection: ResolverTypeWrapper<TierServiceResponsibilitiesAggregateSelection>;
  TierServiceResponsibilitiesEdgeAggregateSelection: ResolverTypeWrapper<TierServiceResponsibilitiesEdgeAggregateSelection>;
  TierServiceResponsibilitiesNodeAggregateSelection: ResolverTypeWrapper<TierServiceResponsibilitiesNodeAggregateSelection>;
  TierSort: TierSort;
  TierStreamTotal: ResolverTypeWrapper<TierStreamTotal>;
  TierWhere: TierWhere;
  TiersConnection: ResolverTypeWrapper<Omit<TiersConnection, 'edges'> & { edges: Array<ResolversTypes['TierEdge']> }>;
  TwoTierSplit: ResolverTypeWrapper<TwoTierSplit>;
  UnparishedArea: ResolverTypeWrapper<Omit<UnparishedArea, 'within' | 'withinConnection'> & { within: Array<ResolversTypes['Authority']>, withinConnection: ResolversTypes['UnparishedAreaWithinConnection'] }>;
  UnparishedAreaAggregate: ResolverTypeWrapper<UnparishedAreaAggregate>;
  UnparishedAreaAggregateNode: ResolverTypeWrapper<UnparishedAreaAggregateNode>;
  UnparishedAreaAuthorityWithinAggregateSelection: ResolverTypeWrapper<UnparishedAreaAuthorityWithinAggregateSelection>;
  UnparishedAreaAuthorityWithinEdgeAggregateSelection: ResolverTypeWrapper<UnparishedAreaAuthorityWithinEdgeAggregateSelection>;
  UnparishedAreaAuthorityWithinNodeAggregateSelection: ResolverTypeWrapper<UnparishedAreaAuthorityWithinNodeAggregateSelection>;
  UnparishedAreaConnectInput: UnparishedAreaConnectInput;
  UnparishedAreaConnectWhere: UnparishedAreaConnectWhere;
  UnparishedAreaDisconnectInput: UnparishedAreaDisconnectInput;
  UnparishedAreaEdge: ResolverTypeWrapper<Omit<UnparishedAreaEdge, 'node'> & { node: ResolversTypes['UnparishedArea'] }>;
  UnparishedAreaRelationshipFilters: UnparishedAreaRelationshipFilters;
  UnparishedAreaSort: UnparishedAreaSort;
  UnparishedAreaSourceSourcesAggregateSelection: ResolverTypeWrapper<UnparishedAreaSourceSourcesAggregateSelection>;
  UnparishedAreaSourceSourcesEdgeAggregateSelection: ResolverTypeWrapper<UnparishedAreaSourceSourcesEdgeAggregateSelection>;
  UnparishedAreaSourceSourcesNodeAggregateSelection: ResolverTypeWrapper<UnparishedAreaSourceSourcesNodeAggregateSelection>;
  UnparishedAreaSourcesConnectFieldInput: UnparishedAreaSourcesConnectFieldInput;
  UnparishedAreaSourcesConnection: ResolverTypeWrapper<UnparishedAreaSourcesConnection>;
  UnparishedAreaSourcesConnectionAggregateInput: UnparishedAreaSourcesConnectionAggregateInput;
  UnparishedAreaSourcesConnectionFilters: UnparishedAreaSourcesConnectionFilters;
  UnparishedAreaSourcesConnectionSort: UnparishedAreaSourcesConnectionSort;
  UnparishedAreaSourcesConnectionWhere: UnparishedAreaSourcesConnectionWhere;
  UnparishedAreaSourcesDisconnectFieldInput: UnparishedAreaSourcesDisconnectFieldInput;
  UnparishedAreaSourcesNodeAggregationWhereInput: UnparishedAreaSourcesNodeAggregationWhereInput;
  UnparishedAreaSourcesRelationship: ResolverTypeWrapper<UnparishedAreaSourcesRelationship>;
  UnparishedAreaWhere: UnparishedAreaWhere;
  UnparishedAreaWithinConnectFieldInput: UnparishedAreaWithinConnectFieldInput;
  UnparishedAreaWithinConnection: ResolverTypeWrapper<Omit<UnparishedAreaWithinConnection, 'edges'> & { edges: Array<ResolversTypes['UnparishedAreaWithinRelationship']> }>;
  UnparishedAreaWithinConnectionAggregateInput: UnparishedAreaWithinConnectionAggregateInput;
  UnparishedAreaWithinConnectionFilters: UnparishedAreaWithinConnectionFilters;
  UnparishedAreaWithinConnectionSort: UnparishedAreaWithinConnectionSort;
  UnparishedAreaWithinConnectionWhere: UnparishedAreaWithinConnectionWhere;
  UnparishedAreaWithinDisconnectFieldInput: UnparishedAreaWithinDisconnectFieldInput;
  UnparishedAreaWithinNodeAggregationWhereInput: UnparishedAreaWithinNodeAggregationWhereInput;
  UnparishedAreaWithinRelationship: ResolverTypeWrapper<Omit<UnparishedAreaWithinRelationship, 'node'> & { node: ResolversTypes['Authority'] }>;
  UnparishedAreasConnection: ResolverTypeWrapper<Omit<UnparishedAreasConnection, 'edges'> & { edges: Array<ResolversTypes['UnparishedAreaEdge']> }>;
  UpdateInfo: ResolverTypeWrapper<UpdateInfo>;
  UpdateNotesMutationResponse: ResolverTypeWrapper<Omit<UpdateNotesMutationResponse, 'notes'> & { notes: Array<ResolversTypes['Note']> }>;
  Validity: Validity;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuthoritiesConnection: Omit<AuthoritiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityEdge']> };
  Authority: Omit<Authority, 'children' | 'combinedAuthorities' | 'constituents' | 'fireAuthorities' | 'fundingPaid' | 'fundingPaidConnection' | 'fundingReceived' | 'fundingReceivedConnection' | 'parishes' | 'parishesConnection' | 'partnerships' | 'partnershipsConnection' | 'replaced' | 'replacedBy' | 'replacedByConnection' | 'replacedConnection' | 'tiers' | 'tiersConnection' | 'unparishedAreas' | 'unparishedAreasConnection' | 'within' | 'withinConnection'> & { children: Array<ResolversParentTypes['Authority']>, combinedAuthorities: Array<ResolversParentTypes['Authority']>, constituents: Array<ResolversParentTypes['Authority']>, fireAuthorities: Array<ResolversParentTypes['Authority']>, fundingPaid: Array<ResolversParentTypes['FundingFlow']>, fundingPaidConnection: ResolversParentTypes['AuthorityFundingPaidConnection'], fundingReceived: Array<ResolversParentTypes['FundingFlow']>, fundingReceivedConnection: ResolversParentTypes['AuthorityFundingReceivedConnection'], parishes: Array<ResolversParentTypes['Parish']>, parishesConnection: ResolversParentTypes['AuthorityParishesConnection'], partnerships: Array<ResolversParentTypes['Partnership']>, partnershipsConnection: ResolversParentTypes['AuthorityPartnershipsConnection'], replaced: Array<ResolversParentTypes['Authority']>, replacedBy: Array<ResolversParentTypes['Authority']>, replacedByConnection: ResolversParentTypes['AuthorityReplacedByConnection'], replacedConnection: ResolversParentTypes['AuthorityReplacedConnection'], tiers: Array<ResolversParentTypes['Tier']>, tiersConnection: ResolversParentTypes['AuthorityTiersConnection'], unparishedAreas: Array<ResolversParentTypes['UnparishedArea']>, unparishedAreasConnection: ResolversParentTypes['AuthorityUnparishedAreasConnection'], within: Array<ResolversParentTypes['Authority']>, withinConnection: ResolversParentTypes['AuthorityWithinConnection'] };
  AuthorityAggregate: AuthorityAggregate;
  AuthorityAggregateNode: AuthorityAggregateNode;
  AuthorityAuthorityChildrenAggregateSelection: AuthorityAuthorityChildrenAggregateSelection;
  AuthorityAuthorityChildrenEdgeAggregateSelection: AuthorityAuthorityChildrenEdgeAggregateSelection;
  AuthorityAuthorityChildrenNodeAggregateSelection: AuthorityAuthorityChildrenNodeAggregateSelection;
  AuthorityAuthorityCombinedAuthoritiesAggregateSelection: AuthorityAuthorityCombinedAuthoritiesAggregateSelection;
  AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection: AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection;
  AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection: AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection;
  AuthorityAuthorityConstituentsAggregateSelection: AuthorityAuthorityConstituentsAggregateSelection;
  AuthorityAuthorityConstituentsEdgeAggregateSelection: AuthorityAuthorityConstituentsEdgeAggregateSelection;
  AuthorityAuthorityConstituentsNodeAggregateSelection: AuthorityAuthorityConstituentsNodeAggregateSelection;
  AuthorityAuthorityFireAuthoritiesAggregateSelection: AuthorityAuthorityFireAuthoritiesAggregateSelection;
  AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection: AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection;
  AuthorityAuthorityFireAuthoritiesNodeAggregateSelection: AuthorityAuthorityFireAuthoritiesNodeAggregateSelection;
  AuthorityAuthorityReplacedAggregateSelection: AuthorityAuthorityReplacedAggregateSelection;
  AuthorityAuthorityReplacedByAggregateSelection: AuthorityAuthorityReplacedByAggregateSelection;
  AuthorityAuthorityReplacedByEdgeAggregateSelection: AuthorityAuthorityReplacedByEdgeAggregateSelection;
  AuthorityAuthorityReplacedByNodeAggregateSelection: AuthorityAuthorityReplacedByNodeAggregateSelection;
  AuthorityAuthorityReplacedEdgeAggregateSelection: AuthorityAuthorityReplacedEdgeAggregateSelection;
  AuthorityAuthorityReplacedNodeAggregateSelection: AuthorityAuthorityReplacedNodeAggregateSelection;
  AuthorityAuthorityWithinAggregateSelection: AuthorityAuthorityWithinAggregateSelection;
  AuthorityAuthorityWithinEdgeAggregateSelection: AuthorityAuthorityWithinEdgeAggregateSelection;
  AuthorityAuthorityWithinNodeAggregateSelection: AuthorityAuthorityWithinNodeAggregateSelection;
  AuthorityChildrenConnectFieldInput: AuthorityChildrenConnectFieldInput;
  AuthorityChildrenConnection: AuthorityChildrenConnection;
  AuthorityChildrenConnectionAggregateInput: AuthorityChildrenConnectionAggregateInput;
  AuthorityChildrenConnectionFilters: AuthorityChildrenConnectionFilters;
  AuthorityChildrenConnectionSort: AuthorityChildrenConnectionSort;
  AuthorityChildrenConnectionWhere: AuthorityChildrenConnectionWhere;
  AuthorityChildrenDisconnectFieldInput: AuthorityChildrenDisconnectFieldInput;
  AuthorityChildrenNodeAggregationWhereInput: AuthorityChildrenNodeAggregationWhereInput;
  AuthorityChildrenRelationship: Omit<AuthorityChildrenRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityCombinedAuthoritiesConnectFieldInput: AuthorityCombinedAuthoritiesConnectFieldInput;
  AuthorityCombinedAuthoritiesConnection: AuthorityCombinedAuthoritiesConnection;
  AuthorityCombinedAuthoritiesConnectionAggregateInput: AuthorityCombinedAuthoritiesConnectionAggregateInput;
  AuthorityCombinedAuthoritiesConnectionFilters: AuthorityCombinedAuthoritiesConnectionFilters;
  AuthorityCombinedAuthoritiesConnectionSort: AuthorityCombinedAuthoritiesConnectionSort;
  AuthorityCombinedAuthoritiesConnectionWhere: AuthorityCombinedAuthoritiesConnectionWhere;
  AuthorityCombinedAuthoritiesDisconnectFieldInput: AuthorityCombinedAuthoritiesDisconnectFieldInput;
  AuthorityCombinedAuthoritiesNodeAggregationWhereInput: AuthorityCombinedAuthoritiesNodeAggregationWhereInput;
  AuthorityCombinedAuthoritiesRelationship: Omit<AuthorityCombinedAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityConflictConflictsAggregateSelection: AuthorityConflictConflictsAggregateSelection;
  AuthorityConflictConflictsEdgeAggregateSelection: AuthorityConflictConflictsEdgeAggregateSelection;
  AuthorityConflictConflictsNodeAggregateSelection: AuthorityConflictConflictsNodeAggregateSelection;
  AuthorityConflictsConnectFieldInput: AuthorityConflictsConnectFieldInput;
  AuthorityConflictsConnection: AuthorityConflictsConnection;
  AuthorityConflictsConnectionAggregateInput: AuthorityConflictsConnectionAggregateInput;
  AuthorityConflictsConnectionFilters: AuthorityConflictsConnectionFilters;
  AuthorityConflictsConnectionSort: AuthorityConflictsConnectionSort;
  AuthorityConflictsConnectionWhere: AuthorityConflictsConnectionWhere;
  AuthorityConflictsDisconnectFieldInput: AuthorityConflictsDisconnectFieldInput;
  AuthorityConflictsNodeAggregationWhereInput: AuthorityConflictsNodeAggregationWhereInput;
  AuthorityConflictsRelationship: AuthorityConflictsRelationship;
  AuthorityConnectInput: AuthorityConnectInput;
  AuthorityConnectWhere: AuthorityConnectWhere;
  AuthorityConstituentsConnectFieldInput: AuthorityConstituentsConnectFieldInput;
  AuthorityConstituentsConnection: AuthorityConstituentsConnection;
  AuthorityConstituentsConnectionAggregateInput: AuthorityConstituentsConnectionAggregateInput;
  AuthorityConstituentsConnectionFilters: AuthorityConstituentsConnectionFilters;
  AuthorityConstituentsConnectionSort: AuthorityConstituentsConnectionSort;
  AuthorityConstituentsConnectionWhere: AuthorityConstituentsConnectionWhere;
  AuthorityConstituentsDisconnectFieldInput: AuthorityConstituentsDisconnectFieldInput;
  AuthorityConstituentsNodeAggregationWhereInput: AuthorityConstituentsNodeAggregationWhereInput;
  AuthorityConstituentsRelationship: Omit<AuthorityConstituentsRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityDisconnectInput: AuthorityDisconnectInput;
  AuthorityEdge: Omit<AuthorityEdge, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityFireAuthoritiesConnectFieldInput: AuthorityFireAuthoritiesConnectFieldInput;
  AuthorityFireAuthoritiesConnection: AuthorityFireAuthoritiesConnection;
  AuthorityFireAuthoritiesConnectionAggregateInput: AuthorityFireAuthoritiesConnectionAggregateInput;
  AuthorityFireAuthoritiesConnectionFilters: AuthorityFireAuthoritiesConnectionFilters;
  AuthorityFireAuthoritiesConnectionSort: AuthorityFireAuthoritiesConnectionSort;
  AuthorityFireAuthoritiesConnectionWhere: AuthorityFireAuthoritiesConnectionWhere;
  AuthorityFireAuthoritiesDisconnectFieldInput: AuthorityFireAuthoritiesDisconnectFieldInput;
  AuthorityFireAuthoritiesNodeAggregationWhereInput: AuthorityFireAuthoritiesNodeAggregationWhereInput;
  AuthorityFireAuthoritiesRelationship: Omit<AuthorityFireAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityFundingFlowFundingPaidAggregateSelection: AuthorityFundingFlowFundingPaidAggregateSelection;
  AuthorityFundingFlowFundingPaidNodeAggregateSelection: AuthorityFundingFlowFundingPaidNodeAggregateSelection;
  AuthorityFundingFlowFundingReceivedAggregateSelection: AuthorityFundingFlowFundingReceivedAggregateSelection;
  AuthorityFundingFlowFundingReceivedNodeAggregateSelection: AuthorityFundingFlowFundingReceivedNodeAggregateSelection;
  AuthorityFundingPaidConnectFieldInput: AuthorityFundingPaidConnectFieldInput;
  AuthorityFundingPaidConnection: Omit<AuthorityFundingPaidConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityFundingPaidRelationship']> };
  AuthorityFundingPaidConnectionAggregateInput: AuthorityFundingPaidConnectionAggregateInput;
  AuthorityFundingPaidConnectionFilters: AuthorityFundingPaidConnectionFilters;
  AuthorityFundingPaidConnectionSort: AuthorityFundingPaidConnectionSort;
  AuthorityFundingPaidConnectionWhere: AuthorityFundingPaidConnectionWhere;
  AuthorityFundingPaidDisconnectFieldInput: AuthorityFundingPaidDisconnectFieldInput;
  AuthorityFundingPaidNodeAggregationWhereInput: AuthorityFundingPaidNodeAggregationWhereInput;
  AuthorityFundingPaidRelationship: Omit<AuthorityFundingPaidRelationship, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  AuthorityFundingReceivedConnectFieldInput: AuthorityFundingReceivedConnectFieldInput;
  AuthorityFundingReceivedConnection: Omit<AuthorityFundingReceivedConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityFundingReceivedRelationship']> };
  AuthorityFundingReceivedConnectionAggregateInput: AuthorityFundingReceivedConnectionAggregateInput;
  AuthorityFundingReceivedConnectionFilters: AuthorityFundingReceivedConnectionFilters;
  AuthorityFundingReceivedConnectionSort: AuthorityFundingReceivedConnectionSort;
  AuthorityFundingReceivedConnectionWhere: AuthorityFundingReceivedConnectionWhere;
  AuthorityFundingReceivedDisconnectFieldInput: AuthorityFundingReceivedDisconnectFieldInput;
  AuthorityFundingReceivedNodeAggregationWhereInput: AuthorityFundingReceivedNodeAggregationWhereInput;
  AuthorityFundingReceivedRelationship: Omit<AuthorityFundingReceivedRelationship, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  AuthorityParishParishesAggregateSelection: AuthorityParishParishesAggregateSelection;
  AuthorityParishParishesEdgeAggregateSelection: AuthorityParishParishesEdgeAggregateSelection;
  AuthorityParishParishesNodeAggregateSelection: AuthorityParishParishesNodeAggregateSelection;
  AuthorityParishesConnectFieldInput: AuthorityParishesConnectFieldInput;
  AuthorityParishesConnection: Omit<AuthorityParishesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityParishesRelationship']> };
  AuthorityParishesConnectionAggregateInput: AuthorityParishesConnectionAggregateInput;
  AuthorityParishesConnectionFilters: AuthorityParishesConnectionFilters;
  AuthorityParishesConnectionSort: AuthorityParishesConnectionSort;
  AuthorityParishesConnectionWhere: AuthorityParishesConnectionWhere;
  AuthorityParishesDisconnectFieldInput: AuthorityParishesDisconnectFieldInput;
  AuthorityParishesNodeAggregationWhereInput: AuthorityParishesNodeAggregationWhereInput;
  AuthorityParishesRelationship: Omit<AuthorityParishesRelationship, 'node'> & { node: ResolversParentTypes['Parish'] };
  AuthorityPartnershipPartnershipsAggregateSelection: AuthorityPartnershipPartnershipsAggregateSelection;
  AuthorityPartnershipPartnershipsEdgeAggregateSelection: AuthorityPartnershipPartnershipsEdgeAggregateSelection;
  AuthorityPartnershipPartnershipsNodeAggregateSelection: AuthorityPartnershipPartnershipsNodeAggregateSelection;
  AuthorityPartnershipsConnectFieldInput: AuthorityPartnershipsConnectFieldInput;
  AuthorityPartnershipsConnection: Omit<AuthorityPartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityPartnershipsRelationship']> };
  AuthorityPartnershipsConnectionAggregateInput: AuthorityPartnershipsConnectionAggregateInput;
  AuthorityPartnershipsConnectionFilters: AuthorityPartnershipsConnectionFilters;
  AuthorityPartnershipsConnectionSort: AuthorityPartnershipsConnectionSort;
  AuthorityPartnershipsConnectionWhere: AuthorityPartnershipsConnectionWhere;
  AuthorityPartnershipsDisconnectFieldInput: AuthorityPartnershipsDisconnectFieldInput;
  AuthorityPartnershipsNodeAggregationWhereInput: AuthorityPartnershipsNodeAggregationWhereInput;
  AuthorityPartnershipsRelationship: Omit<AuthorityPartnershipsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  AuthorityRef: AuthorityRef;
  AuthorityRelationshipFilters: AuthorityRelationshipFilters;
  AuthorityReplacedByConnectFieldInput: AuthorityReplacedByConnectFieldInput;
  AuthorityReplacedByConnection: Omit<AuthorityReplacedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityReplacedByRelationship']> };
  AuthorityReplacedByConnectionAggregateInput: AuthorityReplacedByConnectionAggregateInput;
  AuthorityReplacedByConnectionFilters: AuthorityReplacedByConnectionFilters;
  AuthorityReplacedByConnectionSort: AuthorityReplacedByConnectionSort;
  AuthorityReplacedByConnectionWhere: AuthorityReplacedByConnectionWhere;
  AuthorityReplacedByDisconnectFieldInput: AuthorityReplacedByDisconnectFieldInput;
  AuthorityReplacedByNodeAggregationWhereInput: AuthorityReplacedByNodeAggregationWhereInput;
  AuthorityReplacedByRelationship: Omit<AuthorityReplacedByRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityReplacedConnectFieldInput: AuthorityReplacedConnectFieldInput;
  AuthorityReplacedConnection: Omit<AuthorityReplacedConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityReplacedRelationship']> };
  AuthorityReplacedConnectionAggregateInput: AuthorityReplacedConnectionAggregateInput;
  AuthorityReplacedConnectionFilters: AuthorityReplacedConnectionFilters;
  AuthorityReplacedConnectionSort: AuthorityReplacedConnectionSort;
  AuthorityReplacedConnectionWhere: AuthorityReplacedConnectionWhere;
  AuthorityReplacedDisconnectFieldInput: AuthorityReplacedDisconnectFieldInput;
  AuthorityReplacedNodeAggregationWhereInput: AuthorityReplacedNodeAggregationWhereInput;
  AuthorityReplacedRelationship: Omit<AuthorityReplacedRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityServices: AuthorityServices;
  AuthoritySort: AuthoritySort;
  AuthoritySourceSourcesAggregateSelection: AuthoritySourceSourcesAggregateSelection;
  AuthoritySourceSourcesEdgeAggregateSelection: AuthoritySourceSourcesEdgeAggregateSelection;
  AuthoritySourceSourcesNodeAggregateSelection: AuthoritySourceSourcesNodeAggregateSelection;
  AuthoritySourcesConnectFieldInput: AuthoritySourcesConnectFieldInput;
  AuthoritySourcesConnection: AuthoritySourcesConnection;
  AuthoritySourcesConnectionAggregateInput: AuthoritySourcesConnectionAggregateInput;
  AuthoritySourcesConnectionFilters: AuthoritySourcesConnectionFilters;
  AuthoritySourcesConnectionSort: AuthoritySourcesConnectionSort;
  AuthoritySourcesConnectionWhere: AuthoritySourcesConnectionWhere;
  AuthoritySourcesDisconnectFieldInput: AuthoritySourcesDisconnectFieldInput;
  AuthoritySourcesNodeAggregationWhereInput: AuthoritySourcesNodeAggregationWhereInput;
  AuthoritySourcesRelationship: AuthoritySourcesRelationship;
  AuthorityTierTiersAggregateSelection: AuthorityTierTiersAggregateSelection;
  AuthorityTierTiersNodeAggregateSelection: AuthorityTierTiersNodeAggregateSelection;
  AuthorityTiersConnectFieldInput: AuthorityTiersConnectFieldInput;
  AuthorityTiersConnection: Omit<AuthorityTiersConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityTiersRelationship']> };
  AuthorityTiersConnectionAggregateInput: AuthorityTiersConnectionAggregateInput;
  AuthorityTiersConnectionFilters: AuthorityTiersConnectionFilters;
  AuthorityTiersConnectionSort: AuthorityTiersConnectionSort;
  AuthorityTiersConnectionWhere: AuthorityTiersConnectionWhere;
  AuthorityTiersDisconnectFieldInput: AuthorityTiersDisconnectFieldInput;
  AuthorityTiersNodeAggregationWhereInput: AuthorityTiersNodeAggregationWhereInput;
  AuthorityTiersRelationship: Omit<AuthorityTiersRelationship, 'node'> & { node: ResolversParentTypes['Tier'] };
  AuthorityUnparishedAreaUnparishedAreasAggregateSelection: AuthorityUnparishedAreaUnparishedAreasAggregateSelection;
  AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection: AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection;
  AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection: AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection;
  AuthorityUnparishedAreasConnectFieldInput: AuthorityUnparishedAreasConnectFieldInput;
  AuthorityUnparishedAreasConnection: Omit<AuthorityUnparishedAreasConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityUnparishedAreasRelationship']> };
  AuthorityUnparishedAreasConnectionAggregateInput: AuthorityUnparishedAreasConnectionAggregateInput;
  AuthorityUnparishedAreasConnectionFilters: AuthorityUnparishedAreasConnectionFilters;
  AuthorityUnparishedAreasConnectionSort: AuthorityUnparishedAreasConnectionSort;
  AuthorityUnparishedAreasConnectionWhere: AuthorityUnparishedAreasConnectionWhere;
  AuthorityUnparishedAreasDisconnectFieldInput: AuthorityUnparishedAreasDisconnectFieldInput;
  AuthorityUnparishedAreasNodeAggregationWhereInput: AuthorityUnparishedAreasNodeAggregationWhereInput;
  AuthorityUnparishedAreasRelationship: Omit<AuthorityUnparishedAreasRelationship, 'node'> & { node: ResolversParentTypes['UnparishedArea'] };
  AuthorityWhere: AuthorityWhere;
  AuthorityWithinConnectFieldInput: AuthorityWithinConnectFieldInput;
  AuthorityWithinConnection: Omit<AuthorityWithinConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityWithinRelationship']> };
  AuthorityWithinConnectionAggregateInput: AuthorityWithinConnectionAggregateInput;
  AuthorityWithinConnectionFilters: AuthorityWithinConnectionFilters;
  AuthorityWithinConnectionSort: AuthorityWithinConnectionSort;
  AuthorityWithinConnectionWhere: AuthorityWithinConnectionWhere;
  AuthorityWithinDisconnectFieldInput: AuthorityWithinDisconnectFieldInput;
  AuthorityWithinNodeAggregationWhereInput: AuthorityWithinNodeAggregationWhereInput;
  AuthorityWithinRelationship: Omit<AuthorityWithinRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  BodyRef: BodyRef;
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  Candidate: Candidate;
  Change: Change;
  Changes: Changes;
  Citation: Citation;
  CitationAggregationWhereInput: CitationAggregationWhereInput;
  CitationCreateInput: CitationCreateInput;
  CitationSort: CitationSort;
  CitationWhere: CitationWhere;
  Conflict: Omit<Conflict, 'about'> & { about: Array<ResolversParentTypes['Authority']> };
  ConflictAboutConnectFieldInput: ConflictAboutConnectFieldInput;
  ConflictAboutConnection: ConflictAboutConnection;
  ConflictAboutConnectionAggregateInput: ConflictAboutConnectionAggregateInput;
  ConflictAboutConnectionFilters: ConflictAboutConnectionFilters;
  ConflictAboutConnectionSort: ConflictAboutConnectionSort;
  ConflictAboutConnectionWhere: ConflictAboutConnectionWhere;
  ConflictAboutDisconnectFieldInput: ConflictAboutDisconnectFieldInput;
  ConflictAboutNodeAggregationWhereInput: ConflictAboutNodeAggregationWhereInput;
  ConflictAboutRelationship: Omit<ConflictAboutRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  ConflictAggregate: ConflictAggregate;
  ConflictAggregateNode: ConflictAggregateNode;
  ConflictAuthorityAboutAggregateSelection: ConflictAuthorityAboutAggregateSelection;
  ConflictAuthorityAboutEdgeAggregateSelection: ConflictAuthorityAboutEdgeAggregateSelection;
  ConflictAuthorityAboutNodeAggregateSelection: ConflictAuthorityAboutNodeAggregateSelection;
  ConflictConnectInput: ConflictConnectInput;
  ConflictConnectWhere: ConflictConnectWhere;
  ConflictDisconnectInput: ConflictDisconnectInput;
  ConflictEdge: ConflictEdge;
  ConflictRelationshipFilters: ConflictRelationshipFilters;
  ConflictSort: ConflictSort;
  ConflictSourceSourcesAggregateSelection: ConflictSourceSourcesAggregateSelection;
  ConflictSourceSourcesEdgeAggregateSelection: ConflictSourceSourcesEdgeAggregateSelection;
  ConflictSourceSourcesNodeAggregateSelection: ConflictSourceSourcesNodeAggregateSelection;
  ConflictSourcesConnectFieldInput: ConflictSourcesConnectFieldInput;
  ConflictSourcesConnection: ConflictSourcesConnection;
  ConflictSourcesConnectionAggregateInput: ConflictSourcesConnectionAggregateInput;
  ConflictSourcesConnectionFilters: ConflictSourcesConnectionFilters;
  ConflictSourcesConnectionSort: ConflictSourcesConnectionSort;
  ConflictSourcesConnectionWhere: ConflictSourcesConnectionWhere;
  ConflictSourcesDisconnectFieldInput: ConflictSourcesDisconnectFieldInput;
  ConflictSourcesNodeAggregationWhereInput: ConflictSourcesNodeAggregationWhereInput;
  ConflictSourcesRelationship: ConflictSourcesRelationship;
  ConflictWhere: ConflictWhere;
  ConflictsConnection: ConflictsConnection;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Constituency: Constituency;
  ConstituencyAggregationWhereInput: ConstituencyAggregationWhereInput;
  ConstituencyCreateInput: ConstituencyCreateInput;
  ConstituencySort: ConstituencySort;
  ConstituencyWhere: ConstituencyWhere;
  Count: Count;
  CountConnection: CountConnection;
  CreateInfo: CreateInfo;
  CreateNotesMutationResponse: Omit<CreateNotesMutationResponse, 'notes'> & { notes: Array<ResolversParentTypes['Note']> };
  Date: Scalars['Date']['output'];
  DateScalarFilters: DateScalarFilters;
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarFilters: DateTimeScalarFilters;
  Dated: Dated;
  DatedAggregationWhereInput: DatedAggregationWhereInput;
  DatedCreateInput: DatedCreateInput;
  DatedSort: DatedSort;
  DatedWhere: DatedWhere;
  DeleteInfo: DeleteInfo;
  DeliveringBody: DeliveringBody;
  Delivery: Delivery;
  DeliveryAggregationWhereInput: DeliveryAggregationWhereInput;
  DeliveryCreateInput: DeliveryCreateInput;
  DeliverySort: DeliverySort;
  DeliveryWhere: DeliveryWhere;
  Float: Scalars['Float']['output'];
  FloatAggregateSelection: FloatAggregateSelection;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FlowRow: FlowRow;
  FundingDifference: FundingDifference;
  FundingFlow: Omit<FundingFlow, 'fromAuthorities' | 'fromOrganisations' | 'fromOrganisationsConnection' | 'streams' | 'streamsConnection' | 'toAuthorities' | 'toOrganisations' | 'toOrganisationsConnection' | 'toPartnerships' | 'toPartnershipsConnection'> & { fromAuthorities: Array<ResolversParentTypes['Authority']>, fromOrganisations: Array<ResolversParentTypes['Organisation']>, fromOrganisationsConnection: ResolversParentTypes['FundingFlowFromOrganisationsConnection'], streams: Array<ResolversParentTypes['FundingStream']>, streamsConnection: ResolversParentTypes['FundingFlowStreamsConnection'], toAuthorities: Array<ResolversParentTypes['Authority']>, toOrganisations: Array<ResolversParentTypes['Organisation']>, toOrganisationsConnection: ResolversParentTypes['FundingFlowToOrganisationsConnection'], toPartnerships: Array<ResolversParentTypes['Partnership']>, toPartnershipsConnection: ResolversParentTypes['FundingFlowToPartnershipsConnection'] };
  FundingFlowAggregate: FundingFlowAggregate;
  FundingFlowAggregateNode: FundingFlowAggregateNode;
  FundingFlowAuthorityFromAuthoritiesAggregateSelection: FundingFlowAuthorityFromAuthoritiesAggregateSelection;
  FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection: FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection;
  FundingFlowAuthorityToAuthoritiesAggregateSelection: FundingFlowAuthorityToAuthoritiesAggregateSelection;
  FundingFlowAuthorityToAuthoritiesNodeAggregateSelection: FundingFlowAuthorityToAuthoritiesNodeAggregateSelection;
  FundingFlowConnectInput: FundingFlowConnectInput;
  FundingFlowConnectWhere: FundingFlowConnectWhere;
  FundingFlowDisconnectInput: FundingFlowDisconnectInput;
  FundingFlowEdge: Omit<FundingFlowEdge, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  FundingFlowFromAuthoritiesConnectFieldInput: FundingFlowFromAuthoritiesConnectFieldInput;
  FundingFlowFromAuthoritiesConnection: FundingFlowFromAuthoritiesConnection;
  FundingFlowFromAuthoritiesConnectionAggregateInput: FundingFlowFromAuthoritiesConnectionAggregateInput;
  FundingFlowFromAuthoritiesConnectionFilters: FundingFlowFromAuthoritiesConnectionFilters;
  FundingFlowFromAuthoritiesConnectionSort: FundingFlowFromAuthoritiesConnectionSort;
  FundingFlowFromAuthoritiesConnectionWhere: FundingFlowFromAuthoritiesConnectionWhere;
  FundingFlowFromAuthoritiesDisconnectFieldInput: FundingFlowFromAuthoritiesDisconnectFieldInput;
  FundingFlowFromAuthoritiesNodeAggregationWhereInput: FundingFlowFromAuthoritiesNodeAggregationWhereInput;
  FundingFlowFromAuthoritiesRelationship: Omit<FundingFlowFromAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  FundingFlowFromOrganisationsConnectFieldInput: FundingFlowFromOrganisationsConnectFieldInput;
  FundingFlowFromOrganisationsConnection: Omit<FundingFlowFromOrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingFlowFromOrganisationsRelationship']> };
  FundingFlowFromOrganisationsConnectionAggregateInput: FundingFlowFromOrganisationsConnectionAggregateInput;
  FundingFlowFromOrganisationsConnectionFilters: FundingFlowFromOrganisationsConnectionFilters;
  FundingFlowFromOrganisationsConnectionSort: FundingFlowFromOrganisationsConnectionSort;
  FundingFlowFromOrganisationsConnectionWhere: FundingFlowFromOrganisationsConnectionWhere;
  FundingFlowFromOrganisationsDisconnectFieldInput: FundingFlowFromOrganisationsDisconnectFieldInput;
  FundingFlowFromOrganisationsNodeAggregationWhereInput: FundingFlowFromOrganisationsNodeAggregationWhereInput;
  FundingFlowFromOrganisationsRelationship: Omit<FundingFlowFromOrganisationsRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  FundingFlowFundingStreamStreamsAggregateSelection: FundingFlowFundingStreamStreamsAggregateSelection;
  FundingFlowFundingStreamStreamsNodeAggregateSelection: FundingFlowFundingStreamStreamsNodeAggregateSelection;
  FundingFlowOrganisationFromOrganisationsAggregateSelection: FundingFlowOrganisationFromOrganisationsAggregateSelection;
  FundingFlowOrganisationFromOrganisationsNodeAggregateSelection: FundingFlowOrganisationFromOrganisationsNodeAggregateSelection;
  FundingFlowOrganisationToOrganisationsAggregateSelection: FundingFlowOrganisationToOrganisationsAggregateSelection;
  FundingFlowOrganisationToOrganisationsNodeAggregateSelection: FundingFlowOrganisationToOrganisationsNodeAggregateSelection;
  FundingFlowPartnershipToPartnershipsAggregateSelection: FundingFlowPartnershipToPartnershipsAggregateSelection;
  FundingFlowPartnershipToPartnershipsNodeAggregateSelection: FundingFlowPartnershipToPartnershipsNodeAggregateSelection;
  FundingFlowRelationshipFilters: FundingFlowRelationshipFilters;
  FundingFlowSort: FundingFlowSort;
  FundingFlowSourceSourcesAggregateSelection: FundingFlowSourceSourcesAggregateSelection;
  FundingFlowSourceSourcesEdgeAggregateSelection: FundingFlowSourceSourcesEdgeAggregateSelection;
  FundingFlowSourceSourcesNodeAggregateSelection: FundingFlowSourceSourcesNodeAggregateSelection;
  FundingFlowSourcesConnectFieldInput: FundingFlowSourcesConnectFieldInput;
  FundingFlowSourcesConnection: FundingFlowSourcesConnection;
  FundingFlowSourcesConnectionAggregateInput: FundingFlowSourcesConnectionAggregateInput;
  FundingFlowSourcesConnectionFilters: FundingFlowSourcesConnectionFilters;
  FundingFlowSourcesConnectionSort: FundingFlowSourcesConnectionSort;
  FundingFlowSourcesConnectionWhere: FundingFlowSourcesConnectionWhere;
  FundingFlowSourcesDisconnectFieldInput: FundingFlowSourcesDisconnectFieldInput;
  FundingFlowSourcesNodeAggregationWhereInput: FundingFlowSourcesNodeAggregationWhereInput;
  FundingFlowSourcesRelationship: FundingFlowSourcesRelationship;
  FundingFlowStreamsConnectFieldInput: FundingFlowStreamsConnectFieldInput;
  FundingFlowStreamsConnection: Omit<FundingFlowStreamsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingFlowStreamsRelationship']> };
  FundingFlowStreamsConnectionAggregateInput: FundingFlowStreamsConnectionAggregateInput;
  FundingFlowStreamsConnectionFilters: FundingFlowStreamsConnectionFilters;
  FundingFlowStreamsConnectionSort: FundingFlowStreamsConnectionSort;
  FundingFlowStreamsConnectionWhere: FundingFlowStreamsConnectionWhere;
  FundingFlowStreamsDisconnectFieldInput: FundingFlowStreamsDisconnectFieldInput;
  FundingFlowStreamsNodeAggregationWhereInput: FundingFlowStreamsNodeAggregationWhereInput;
  FundingFlowStreamsRelationship: Omit<FundingFlowStreamsRelationship, 'node'> & { node: ResolversParentTypes['FundingStream'] };
  FundingFlowToAuthoritiesConnectFieldInput: FundingFlowToAuthoritiesConnectFieldInput;
  FundingFlowToAuthoritiesConnection: FundingFlowToAuthoritiesConnection;
  FundingFlowToAuthoritiesConnectionAggregateInput: FundingFlowToAuthoritiesConnectionAggregateInput;
  FundingFlowToAuthoritiesConnectionFilters: FundingFlowToAuthoritiesConnectionFilters;
  FundingFlowToAuthoritiesConnectionSort: FundingFlowToAuthoritiesConnectionSort;
  FundingFlowToAuthoritiesConnectionWhere: FundingFlowToAuthoritiesConnectionWhere;
  FundingFlowToAuthoritiesDisconnectFieldInput: FundingFlowToAuthoritiesDisconnectFieldInput;
  FundingFlowToAuthoritiesNodeAggregationWhereInput: FundingFlowToAuthoritiesNodeAggregationWhereInput;
  FundingFlowToAuthoritiesRelationship: Omit<FundingFlowToAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  FundingFlowToOrganisationsConnectFieldInput: FundingFlowToOrganisationsConnectFieldInput;
  FundingFlowToOrganisationsConnection: Omit<FundingFlowToOrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingFlowToOrganisationsRelationship']> };
  FundingFlowToOrganisationsConnectionAggregateInput: FundingFlowToOrganisationsConnectionAggregateInput;
  FundingFlowToOrganisationsConnectionFilters: FundingFlowToOrganisationsConnectionFilters;
  FundingFlowToOrganisationsConnectionSort: FundingFlowToOrganisationsConnectionSort;
  FundingFlowToOrganisationsConnectionWhere: FundingFlowToOrganisationsConnectionWhere;
  FundingFlowToOrganisationsDisconnectFieldInput: FundingFlowToOrganisationsDisconnectFieldInput;
  FundingFlowToOrganisationsNodeAggregationWhereInput: FundingFlowToOrganisationsNodeAggregationWhereInput;
  FundingFlowToOrganisationsRelationship: Omit<FundingFlowToOrganisationsRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  FundingFlowToPartnershipsConnectFieldInput: FundingFlowToPartnershipsConnectFieldInput;
  FundingFlowToPartnershipsConnection: Omit<FundingFlowToPartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingFlowToPartnershipsRelationship']> };
  FundingFlowToPartnershipsConnectionAggregateInput: FundingFlowToPartnershipsConnectionAggregateInput;
  FundingFlowToPartnershipsConnectionFilters: FundingFlowToPartnershipsConnectionFilters;
  FundingFlowToPartnershipsConnectionSort: FundingFlowToPartnershipsConnectionSort;
  FundingFlowToPartnershipsConnectionWhere: FundingFlowToPartnershipsConnectionWhere;
  FundingFlowToPartnershipsDisconnectFieldInput: FundingFlowToPartnershipsDisconnectFieldInput;
  FundingFlowToPartnershipsNodeAggregationWhereInput: FundingFlowToPartnershipsNodeAggregationWhereInput;
  FundingFlowToPartnershipsRelationship: Omit<FundingFlowToPartnershipsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  FundingFlowWhere: FundingFlowWhere;
  FundingFlows: FundingFlows;
  FundingFlowsConnection: Omit<FundingFlowsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingFlowEdge']> };
  FundingStream: Omit<FundingStream, 'flows' | 'flowsConnection'> & { flows: Array<ResolversParentTypes['FundingFlow']>, flowsConnection: ResolversParentTypes['FundingStreamFlowsConnection'] };
  FundingStreamAggregate: FundingStreamAggregate;
  FundingStreamAggregateNode: FundingStreamAggregateNode;
  FundingStreamConnectInput: FundingStreamConnectInput;
  FundingStreamConnectWhere: FundingStreamConnectWhere;
  FundingStreamDisconnectInput: FundingStreamDisconnectInput;
  FundingStreamEdge: Omit<FundingStreamEdge, 'node'> & { node: ResolversParentTypes['FundingStream'] };
  FundingStreamFlowsConnectFieldInput: FundingStreamFlowsConnectFieldInput;
  FundingStreamFlowsConnection: Omit<FundingStreamFlowsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingStreamFlowsRelationship']> };
  FundingStreamFlowsConnectionAggregateInput: FundingStreamFlowsConnectionAggregateInput;
  FundingStreamFlowsConnectionFilters: FundingStreamFlowsConnectionFilters;
  FundingStreamFlowsConnectionSort: FundingStreamFlowsConnectionSort;
  FundingStreamFlowsConnectionWhere: FundingStreamFlowsConnectionWhere;
  FundingStreamFlowsDisconnectFieldInput: FundingStreamFlowsDisconnectFieldInput;
  FundingStreamFlowsNodeAggregationWhereInput: FundingStreamFlowsNodeAggregationWhereInput;
  FundingStreamFlowsRelationship: Omit<FundingStreamFlowsRelationship, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  FundingStreamFundingFlowFlowsAggregateSelection: FundingStreamFundingFlowFlowsAggregateSelection;
  FundingStreamFundingFlowFlowsNodeAggregateSelection: FundingStreamFundingFlowFlowsNodeAggregateSelection;
  FundingStreamRef: FundingStreamRef;
  FundingStreamRelationshipFilters: FundingStreamRelationshipFilters;
  FundingStreamSort: FundingStreamSort;
  FundingStreamWhere: FundingStreamWhere;
  FundingStreamsConnection: Omit<FundingStreamsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingStreamEdge']> };
  FundingSummary: FundingSummary;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  Member: ResolversUnionTypes<ResolversParentTypes>['Member'];
  MemberRelationshipFilters: MemberRelationshipFilters;
  MemberWhere: MemberWhere;
  Membership: Membership;
  MembershipAggregationWhereInput: MembershipAggregationWhereInput;
  MembershipCreateInput: MembershipCreateInput;
  MembershipSort: MembershipSort;
  MembershipWhere: MembershipWhere;
  Mutation: Record<PropertyKey, never>;
  NodeRef: NodeRef;
  Note: Omit<Note, 'authorities' | 'authoritiesConnection' | 'parishes' | 'parishesConnection' | 'partnerships' | 'partnershipsConnection' | 'services' | 'servicesConnection'> & { authorities: Array<ResolversParentTypes['Authority']>, authoritiesConnection: ResolversParentTypes['NoteAuthoritiesConnection'], parishes: Array<ResolversParentTypes['Parish']>, parishesConnection: ResolversParentTypes['NoteParishesConnection'], partnerships: Array<ResolversParentTypes['Partnership']>, partnershipsConnection: ResolversParentTypes['NotePartnershipsConnection'], services: Array<ResolversParentTypes['Service']>, servicesConnection: ResolversParentTypes['NoteServicesConnection'] };
  NoteAggregate: NoteAggregate;
  NoteAggregateNode: NoteAggregateNode;
  NoteAuthoritiesConnectFieldInput: NoteAuthoritiesConnectFieldInput;
  NoteAuthoritiesConnection: Omit<NoteAuthoritiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteAuthoritiesRelationship']> };
  NoteAuthoritiesConnectionAggregateInput: NoteAuthoritiesConnectionAggregateInput;
  NoteAuthoritiesConnectionFilters: NoteAuthoritiesConnectionFilters;
  NoteAuthoritiesConnectionSort: NoteAuthoritiesConnectionSort;
  NoteAuthoritiesConnectionWhere: NoteAuthoritiesConnectionWhere;
  NoteAuthoritiesDisconnectFieldInput: NoteAuthoritiesDisconnectFieldInput;
  NoteAuthoritiesFieldInput: NoteAuthoritiesFieldInput;
  NoteAuthoritiesNodeAggregationWhereInput: NoteAuthoritiesNodeAggregationWhereInput;
  NoteAuthoritiesRelationship: Omit<NoteAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  NoteAuthoritiesUpdateFieldInput: NoteAuthoritiesUpdateFieldInput;
  NoteAuthorityAuthoritiesAggregateSelection: NoteAuthorityAuthoritiesAggregateSelection;
  NoteAuthorityAuthoritiesNodeAggregateSelection: NoteAuthorityAuthoritiesNodeAggregateSelection;
  NoteCreateInput: NoteCreateInput;
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  NoteParishParishesAggregateSelection: NoteParishParishesAggregateSelection;
  NoteParishParishesNodeAggregateSelection: NoteParishParishesNodeAggregateSelection;
  NoteParishesConnectFieldInput: NoteParishesConnectFieldInput;
  NoteParishesConnection: Omit<NoteParishesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteParishesRelationship']> };
  NoteParishesConnectionAggregateInput: NoteParishesConnectionAggregateInput;
  NoteParishesConnectionFilters: NoteParishesConnectionFilters;
  NoteParishesConnectionSort: NoteParishesConnectionSort;
  NoteParishesConnectionWhere: NoteParishesConnectionWhere;
  NoteParishesDisconnectFieldInput: NoteParishesDisconnectFieldInput;
  NoteParishesFieldInput: NoteParishesFieldInput;
  NoteParishesNodeAggregationWhereInput: NoteParishesNodeAggregationWhereInput;
  NoteParishesRelationship: Omit<NoteParishesRelationship, 'node'> & { node: ResolversParentTypes['Parish'] };
  NoteParishesUpdateFieldInput: NoteParishesUpdateFieldInput;
  NotePartnershipPartnershipsAggregateSelection: NotePartnershipPartnershipsAggregateSelection;
  NotePartnershipPartnershipsNodeAggregateSelection: NotePartnershipPartnershipsNodeAggregateSelection;
  NotePartnershipsConnectFieldInput: NotePartnershipsConnectFieldInput;
  NotePartnershipsConnection: Omit<NotePartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotePartnershipsRelationship']> };
  NotePartnershipsConnectionAggregateInput: NotePartnershipsConnectionAggregateInput;
  NotePartnershipsConnectionFilters: NotePartnershipsConnectionFilters;
  NotePartnershipsConnectionSort: NotePartnershipsConnectionSort;
  NotePartnershipsConnectionWhere: NotePartnershipsConnectionWhere;
  NotePartnershipsDisconnectFieldInput: NotePartnershipsDisconnectFieldInput;
  NotePartnershipsFieldInput: NotePartnershipsFieldInput;
  NotePartnershipsNodeAggregationWhereInput: NotePartnershipsNodeAggregationWhereInput;
  NotePartnershipsRelationship: Omit<NotePartnershipsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  NotePartnershipsUpdateFieldInput: NotePartnershipsUpdateFieldInput;
  NoteServiceServicesAggregateSelection: NoteServiceServicesAggregateSelection;
  NoteServiceServicesNodeAggregateSelection: NoteServiceServicesNodeAggregateSelection;
  NoteServicesConnectFieldInput: NoteServicesConnectFieldInput;
  NoteServicesConnection: Omit<NoteServicesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteServicesRelationship']> };
  NoteServicesConnectionAggregateInput: NoteServicesConnectionAggregateInput;
  NoteServicesConnectionFilters: NoteServicesConnectionFilters;
  NoteServicesConnectionSort: NoteServicesConnectionSort;
  NoteServicesConnectionWhere: NoteServicesConnectionWhere;
  NoteServicesDisconnectFieldInput: NoteServicesDisconnectFieldInput;
  NoteServicesFieldInput: NoteServicesFieldInput;
  NoteServicesNodeAggregationWhereInput: NoteServicesNodeAggregationWhereInput;
  NoteServicesRelationship: Omit<NoteServicesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  NoteServicesUpdateFieldInput: NoteServicesUpdateFieldInput;
  NoteSort: NoteSort;
  NoteUpdateInput: NoteUpdateInput;
  NoteWhere: NoteWhere;
  NotesConnection: Omit<NotesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteEdge']> };
  Organisation: Omit<Organisation, 'delivers' | 'deliversConnection' | 'fundingPaid' | 'partnerships' | 'partnershipsConnection'> & { delivers: Array<ResolversParentTypes['Service']>, deliversConnection: ResolversParentTypes['OrganisationDeliversConnection'], fundingPaid: Array<ResolversParentTypes['FundingFlow']>, partnerships: Array<ResolversParentTypes['Partnership']>, partnershipsConnection: ResolversParentTypes['OrganisationPartnershipsConnection'] };
  OrganisationAggregate: OrganisationAggregate;
  OrganisationAggregateNode: OrganisationAggregateNode;
  OrganisationConnectInput: OrganisationConnectInput;
  OrganisationConnectWhere: OrganisationConnectWhere;
  OrganisationDeliversConnectFieldInput: OrganisationDeliversConnectFieldInput;
  OrganisationDeliversConnection: Omit<OrganisationDeliversConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationDeliversRelationship']> };
  OrganisationDeliversConnectionAggregateInput: OrganisationDeliversConnectionAggregateInput;
  OrganisationDeliversConnectionFilters: OrganisationDeliversConnectionFilters;
  OrganisationDeliversConnectionSort: OrganisationDeliversConnectionSort;
  OrganisationDeliversConnectionWhere: OrganisationDeliversConnectionWhere;
  OrganisationDeliversDisconnectFieldInput: OrganisationDeliversDisconnectFieldInput;
  OrganisationDeliversNodeAggregationWhereInput: OrganisationDeliversNodeAggregationWhereInput;
  OrganisationDeliversRelationship: Omit<OrganisationDeliversRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  OrganisationDisconnectInput: OrganisationDisconnectInput;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFundingFlowFundingPaidAggregateSelection: OrganisationFundingFlowFundingPaidAggregateSelection;
  OrganisationFundingFlowFundingPaidNodeAggregateSelection: OrganisationFundingFlowFundingPaidNodeAggregateSelection;
  OrganisationFundingPaidConnectFieldInput: OrganisationFundingPaidConnectFieldInput;
  OrganisationFundingPaidConnection: OrganisationFundingPaidConnection;
  OrganisationFundingPaidConnectionAggregateInput: OrganisationFundingPaidConnectionAggregateInput;
  OrganisationFundingPaidConnectionFilters: OrganisationFundingPaidConnectionFilters;
  OrganisationFundingPaidConnectionSort: OrganisationFundingPaidConnectionSort;
  OrganisationFundingPaidConnectionWhere: OrganisationFundingPaidConnectionWhere;
  OrganisationFundingPaidDisconnectFieldInput: OrganisationFundingPaidDisconnectFieldInput;
  OrganisationFundingPaidNodeAggregationWhereInput: OrganisationFundingPaidNodeAggregationWhereInput;
  OrganisationFundingPaidRelationship: Omit<OrganisationFundingPaidRelationship, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  OrganisationPartnershipPartnershipsAggregateSelection: OrganisationPartnershipPartnershipsAggregateSelection;
  OrganisationPartnershipPartnershipsEdgeAggregateSelection: OrganisationPartnershipPartnershipsEdgeAggregateSelection;
  OrganisationPartnershipPartnershipsNodeAggregateSelection: OrganisationPartnershipPartnershipsNodeAggregateSelection;
  OrganisationPartnershipsConnectFieldInput: OrganisationPartnershipsConnectFieldInput;
  OrganisationPartnershipsConnection: Omit<OrganisationPartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationPartnershipsRelationship']> };
  OrganisationPartnershipsConnectionAggregateInput: OrganisationPartnershipsConnectionAggregateInput;
  OrganisationPartnershipsConnectionFilters: OrganisationPartnershipsConnectionFilters;
  OrganisationPartnershipsConnectionSort: OrganisationPartnershipsConnectionSort;
  OrganisationPartnershipsConnectionWhere: OrganisationPartnershipsConnectionWhere;
  OrganisationPartnershipsDisconnectFieldInput: OrganisationPartnershipsDisconnectFieldInput;
  OrganisationPartnershipsNodeAggregationWhereInput: OrganisationPartnershipsNodeAggregationWhereInput;
  OrganisationPartnershipsRelationship: Omit<OrganisationPartnershipsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  OrganisationRelationshipFilters: OrganisationRelationshipFilters;
  OrganisationServiceDeliversAggregateSelection: OrganisationServiceDeliversAggregateSelection;
  OrganisationServiceDeliversEdgeAggregateSelection: OrganisationServiceDeliversEdgeAggregateSelection;
  OrganisationServiceDeliversNodeAggregateSelection: OrganisationServiceDeliversNodeAggregateSelection;
  OrganisationSort: OrganisationSort;
  OrganisationSourceSourcesAggregateSelection: OrganisationSourceSourcesAggregateSelection;
  OrganisationSourceSourcesEdgeAggregateSelection: OrganisationSourceSourcesEdgeAggregateSelection;
  OrganisationSourceSourcesNodeAggregateSelection: OrganisationSourceSourcesNodeAggregateSelection;
  OrganisationSourcesConnectFieldInput: OrganisationSourcesConnectFieldInput;
  OrganisationSourcesConnection: OrganisationSourcesConnection;
  OrganisationSourcesConnectionAggregateInput: OrganisationSourcesConnectionAggregateInput;
  OrganisationSourcesConnectionFilters: OrganisationSourcesConnectionFilters;
  OrganisationSourcesConnectionSort: OrganisationSourcesConnectionSort;
  OrganisationSourcesConnectionWhere: OrganisationSourcesConnectionWhere;
  OrganisationSourcesDisconnectFieldInput: OrganisationSourcesDisconnectFieldInput;
  OrganisationSourcesNodeAggregationWhereInput: OrganisationSourcesNodeAggregationWhereInput;
  OrganisationSourcesRelationship: OrganisationSourcesRelationship;
  OrganisationWhere: OrganisationWhere;
  OrganisationsConnection: Omit<OrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OverlapPair: OverlapPair;
  PageInfo: PageInfo;
  Parish: Omit<Parish, 'replaced' | 'replacedBy' | 'tiers' | 'tiersConnection' | 'within' | 'withinConnection'> & { replaced: Array<ResolversParentTypes['Parish']>, replacedBy: Array<ResolversParentTypes['Parish']>, tiers: Array<ResolversParentTypes['Tier']>, tiersConnection: ResolversParentTypes['ParishTiersConnection'], within: Array<ResolversParentTypes['Authority']>, withinConnection: ResolversParentTypes['ParishWithinConnection'] };
  ParishAggregate: ParishAggregate;
  ParishAggregateNode: ParishAggregateNode;
  ParishAuthorityWithinAggregateSelection: ParishAuthorityWithinAggregateSelection;
  ParishAuthorityWithinEdgeAggregateSelection: ParishAuthorityWithinEdgeAggregateSelection;
  ParishAuthorityWithinNodeAggregateSelection: ParishAuthorityWithinNodeAggregateSelection;
  ParishConnectInput: ParishConnectInput;
  ParishConnectWhere: ParishConnectWhere;
  ParishDisconnectInput: ParishDisconnectInput;
  ParishEdge: Omit<ParishEdge, 'node'> & { node: ResolversParentTypes['Parish'] };
  ParishParishReplacedAggregateSelection: ParishParishReplacedAggregateSelection;
  ParishParishReplacedByAggregateSelection: ParishParishReplacedByAggregateSelection;
  ParishParishReplacedByEdgeAggregateSelection: ParishParishReplacedByEdgeAggregateSelection;
  ParishParishReplacedByNodeAggregateSelection: ParishParishReplacedByNodeAggregateSelection;
  ParishParishReplacedEdgeAggregateSelection: ParishParishReplacedEdgeAggregateSelection;
  ParishParishReplacedNodeAggregateSelection: ParishParishReplacedNodeAggregateSelection;
  ParishRelationshipFilters: ParishRelationshipFilters;
  ParishReplacedByConnectFieldInput: ParishReplacedByConnectFieldInput;
  ParishReplacedByConnection: ParishReplacedByConnection;
  ParishReplacedByConnectionAggregateInput: ParishReplacedByConnectionAggregateInput;
  ParishReplacedByConnectionFilters: ParishReplacedByConnectionFilters;
  ParishReplacedByConnectionSort: ParishReplacedByConnectionSort;
  ParishReplacedByConnectionWhere: ParishReplacedByConnectionWhere;
  ParishReplacedByDisconnectFieldInput: ParishReplacedByDisconnectFieldInput;
  ParishReplacedByNodeAggregationWhereInput: ParishReplacedByNodeAggregationWhereInput;
  ParishReplacedByRelationship: Omit<ParishReplacedByRelationship, 'node'> & { node: ResolversParentTypes['Parish'] };
  ParishReplacedConnectFieldInput: ParishReplacedConnectFieldInput;
  ParishReplacedConnection: ParishReplacedConnection;
  ParishReplacedConnectionAggregateInput: ParishReplacedConnectionAggregateInput;
  ParishReplacedConnectionFilters: ParishReplacedConnectionFilters;
  ParishReplacedConnectionSort: ParishReplacedConnectionSort;
  ParishReplacedConnectionWhere: ParishReplacedConnectionWhere;
  ParishReplacedDisconnectFieldInput: ParishReplacedDisconnectFieldInput;
  ParishReplacedNodeAggregationWhereInput: ParishReplacedNodeAggregationWhereInput;
  ParishReplacedRelationship: Omit<ParishReplacedRelationship, 'node'> & { node: ResolversParentTypes['Parish'] };
  ParishSort: ParishSort;
  ParishSourceSourcesAggregateSelection: ParishSourceSourcesAggregateSelection;
  ParishSourceSourcesEdgeAggregateSelection: ParishSourceSourcesEdgeAggregateSelection;
  ParishSourceSourcesNodeAggregateSelection: ParishSourceSourcesNodeAggregateSelection;
  ParishSourcesConnectFieldInput: ParishSourcesConnectFieldInput;
  ParishSourcesConnection: ParishSourcesConnection;
  ParishSourcesConnectionAggregateInput: ParishSourcesConnectionAggregateInput;
  ParishSourcesConnectionFilters: ParishSourcesConnectionFilters;
  ParishSourcesConnectionSort: ParishSourcesConnectionSort;
  ParishSourcesConnectionWhere: ParishSourcesConnectionWhere;
  ParishSourcesDisconnectFieldInput: ParishSourcesDisconnectFieldInput;
  ParishSourcesNodeAggregationWhereInput: ParishSourcesNodeAggregationWhereInput;
  ParishSourcesRelationship: ParishSourcesRelationship;
  ParishTierTiersAggregateSelection: ParishTierTiersAggregateSelection;
  ParishTierTiersNodeAggregateSelection: ParishTierTiersNodeAggregateSelection;
  ParishTiersConnectFieldInput: ParishTiersConnectFieldInput;
  ParishTiersConnection: Omit<ParishTiersConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParishTiersRelationship']> };
  ParishTiersConnectionAggregateInput: ParishTiersConnectionAggregateInput;
  ParishTiersConnectionFilters: ParishTiersConnectionFilters;
  ParishTiersConnectionSort: ParishTiersConnectionSort;
  ParishTiersConnectionWhere: ParishTiersConnectionWhere;
  ParishTiersDisconnectFieldInput: ParishTiersDisconnectFieldInput;
  ParishTiersNodeAggregationWhereInput: ParishTiersNodeAggregationWhereInput;
  ParishTiersRelationship: Omit<ParishTiersRelationship, 'node'> & { node: ResolversParentTypes['Tier'] };
  ParishWhere: ParishWhere;
  ParishWithinConnectFieldInput: ParishWithinConnectFieldInput;
  ParishWithinConnection: Omit<ParishWithinConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParishWithinRelationship']> };
  ParishWithinConnectionAggregateInput: ParishWithinConnectionAggregateInput;
  ParishWithinConnectionFilters: ParishWithinConnectionFilters;
  ParishWithinConnectionSort: ParishWithinConnectionSort;
  ParishWithinConnectionWhere: ParishWithinConnectionWhere;
  ParishWithinDisconnectFieldInput: ParishWithinDisconnectFieldInput;
  ParishWithinNodeAggregationWhereInput: ParishWithinNodeAggregationWhereInput;
  ParishWithinRelationship: Omit<ParishWithinRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  ParishesConnection: Omit<ParishesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParishEdge']> };
  Partnership: Omit<Partnership, 'covers' | 'fundingReceived' | 'memberOf' | 'members' | 'membersConnection' | 'parents' | 'parentsConnection' | 'replacedBy' | 'replacedByConnection' | 'services' | 'subGroups' | 'subGroupsConnection'> & { covers: Array<ResolversParentTypes['Authority']>, fundingReceived: Array<ResolversParentTypes['FundingFlow']>, memberOf: Array<ResolversParentTypes['Partnership']>, members: Array<ResolversParentTypes['Member']>, membersConnection: ResolversParentTypes['PartnershipMembersConnection'], parents: Array<ResolversParentTypes['Partnership']>, parentsConnection: ResolversParentTypes['PartnershipParentsConnection'], replacedBy: Array<ResolversParentTypes['Partnership']>, replacedByConnection: ResolversParentTypes['PartnershipReplacedByConnection'], services: Array<ResolversParentTypes['Service']>, subGroups: Array<ResolversParentTypes['Partnership']>, subGroupsConnection: ResolversParentTypes['PartnershipSubGroupsConnection'] };
  PartnershipAggregate: PartnershipAggregate;
  PartnershipAggregateNode: PartnershipAggregateNode;
  PartnershipAuthorityCoversAggregateSelection: PartnershipAuthorityCoversAggregateSelection;
  PartnershipAuthorityCoversEdgeAggregateSelection: PartnershipAuthorityCoversEdgeAggregateSelection;
  PartnershipAuthorityCoversNodeAggregateSelection: PartnershipAuthorityCoversNodeAggregateSelection;
  PartnershipConnectInput: PartnershipConnectInput;
  PartnershipConnectWhere: PartnershipConnectWhere;
  PartnershipCoversConnectFieldInput: PartnershipCoversConnectFieldInput;
  PartnershipCoversConnection: PartnershipCoversConnection;
  PartnershipCoversConnectionAggregateInput: PartnershipCoversConnectionAggregateInput;
  PartnershipCoversConnectionFilters: PartnershipCoversConnectionFilters;
  PartnershipCoversConnectionSort: PartnershipCoversConnectionSort;
  PartnershipCoversConnectionWhere: PartnershipCoversConnectionWhere;
  PartnershipCoversDisconnectFieldInput: PartnershipCoversDisconnectFieldInput;
  PartnershipCoversNodeAggregationWhereInput: PartnershipCoversNodeAggregationWhereInput;
  PartnershipCoversRelationship: Omit<PartnershipCoversRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  PartnershipDisconnectInput: PartnershipDisconnectInput;
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipFundingFlowFundingReceivedAggregateSelection: PartnershipFundingFlowFundingReceivedAggregateSelection;
  PartnershipFundingFlowFundingReceivedNodeAggregateSelection: PartnershipFundingFlowFundingReceivedNodeAggregateSelection;
  PartnershipFundingReceivedConnectFieldInput: PartnershipFundingReceivedConnectFieldInput;
  PartnershipFundingReceivedConnection: PartnershipFundingReceivedConnection;
  PartnershipFundingReceivedConnectionAggregateInput: PartnershipFundingReceivedConnectionAggregateInput;
  PartnershipFundingReceivedConnectionFilters: PartnershipFundingReceivedConnectionFilters;
  PartnershipFundingReceivedConnectionSort: PartnershipFundingReceivedConnectionSort;
  PartnershipFundingReceivedConnectionWhere: PartnershipFundingReceivedConnectionWhere;
  PartnershipFundingReceivedDisconnectFieldInput: PartnershipFundingReceivedDisconnectFieldInput;
  PartnershipFundingReceivedNodeAggregationWhereInput: PartnershipFundingReceivedNodeAggregationWhereInput;
  PartnershipFundingReceivedRelationship: Omit<PartnershipFundingReceivedRelationship, 'node'> & { node: ResolversParentTypes['FundingFlow'] };
  PartnershipMemberOfConnectFieldInput: PartnershipMemberOfConnectFieldInput;
  PartnershipMemberOfConnection: PartnershipMemberOfConnection;
  PartnershipMemberOfConnectionAggregateInput: PartnershipMemberOfConnectionAggregateInput;
  PartnershipMemberOfConnectionFilters: PartnershipMemberOfConnectionFilters;
  PartnershipMemberOfConnectionSort: PartnershipMemberOfConnectionSort;
  PartnershipMemberOfConnectionWhere: PartnershipMemberOfConnectionWhere;
  PartnershipMemberOfDisconnectFieldInput: PartnershipMemberOfDisconnectFieldInput;
  PartnershipMemberOfNodeAggregationWhereInput: PartnershipMemberOfNodeAggregationWhereInput;
  PartnershipMemberOfRelationship: Omit<PartnershipMemberOfRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipMembersAuthorityConnectFieldInput: PartnershipMembersAuthorityConnectFieldInput;
  PartnershipMembersAuthorityConnectionWhere: PartnershipMembersAuthorityConnectionWhere;
  PartnershipMembersAuthorityDisconnectFieldInput: PartnershipMembersAuthorityDisconnectFieldInput;
  PartnershipMembersConnectInput: PartnershipMembersConnectInput;
  PartnershipMembersConnection: Omit<PartnershipMembersConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipMembersRelationship']> };
  PartnershipMembersConnectionFilters: PartnershipMembersConnectionFilters;
  PartnershipMembersConnectionSort: PartnershipMembersConnectionSort;
  PartnershipMembersConnectionWhere: PartnershipMembersConnectionWhere;
  PartnershipMembersDisconnectInput: PartnershipMembersDisconnectInput;
  PartnershipMembersOrganisationConnectFieldInput: PartnershipMembersOrganisationConnectFieldInput;
  PartnershipMembersOrganisationConnectionWhere: PartnershipMembersOrganisationConnectionWhere;
  PartnershipMembersOrganisationDisconnectFieldInput: PartnershipMembersOrganisationDisconnectFieldInput;
  PartnershipMembersPartnershipConnectFieldInput: PartnershipMembersPartnershipConnectFieldInput;
  PartnershipMembersPartnershipConnectionWhere: PartnershipMembersPartnershipConnectionWhere;
  PartnershipMembersPartnershipDisconnectFieldInput: PartnershipMembersPartnershipDisconnectFieldInput;
  PartnershipMembersRelationship: Omit<PartnershipMembersRelationship, 'node'> & { node: ResolversParentTypes['Member'] };
  PartnershipOverlap: PartnershipOverlap;
  PartnershipParentsConnectFieldInput: PartnershipParentsConnectFieldInput;
  PartnershipParentsConnection: Omit<PartnershipParentsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipParentsRelationship']> };
  PartnershipParentsConnectionAggregateInput: PartnershipParentsConnectionAggregateInput;
  PartnershipParentsConnectionFilters: PartnershipParentsConnectionFilters;
  PartnershipParentsConnectionSort: PartnershipParentsConnectionSort;
  PartnershipParentsConnectionWhere: PartnershipParentsConnectionWhere;
  PartnershipParentsDisconnectFieldInput: PartnershipParentsDisconnectFieldInput;
  PartnershipParentsNodeAggregationWhereInput: PartnershipParentsNodeAggregationWhereInput;
  PartnershipParentsRelationship: Omit<PartnershipParentsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipPartnershipMemberOfAggregateSelection: PartnershipPartnershipMemberOfAggregateSelection;
  PartnershipPartnershipMemberOfEdgeAggregateSelection: PartnershipPartnershipMemberOfEdgeAggregateSelection;
  PartnershipPartnershipMemberOfNodeAggregateSelection: PartnershipPartnershipMemberOfNodeAggregateSelection;
  PartnershipPartnershipParentsAggregateSelection: PartnershipPartnershipParentsAggregateSelection;
  PartnershipPartnershipParentsEdgeAggregateSelection: PartnershipPartnershipParentsEdgeAggregateSelection;
  PartnershipPartnershipParentsNodeAggregateSelection: PartnershipPartnershipParentsNodeAggregateSelection;
  PartnershipPartnershipReplacedByAggregateSelection: PartnershipPartnershipReplacedByAggregateSelection;
  PartnershipPartnershipReplacedByEdgeAggregateSelection: PartnershipPartnershipReplacedByEdgeAggregateSelection;
  PartnershipPartnershipReplacedByNodeAggregateSelection: PartnershipPartnershipReplacedByNodeAggregateSelection;
  PartnershipPartnershipSubGroupsAggregateSelection: PartnershipPartnershipSubGroupsAggregateSelection;
  PartnershipPartnershipSubGroupsEdgeAggregateSelection: PartnershipPartnershipSubGroupsEdgeAggregateSelection;
  PartnershipPartnershipSubGroupsNodeAggregateSelection: PartnershipPartnershipSubGroupsNodeAggregateSelection;
  PartnershipRef: PartnershipRef;
  PartnershipRelationshipFilters: PartnershipRelationshipFilters;
  PartnershipReplacedByConnectFieldInput: PartnershipReplacedByConnectFieldInput;
  PartnershipReplacedByConnection: Omit<PartnershipReplacedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipReplacedByRelationship']> };
  PartnershipReplacedByConnectionAggregateInput: PartnershipReplacedByConnectionAggregateInput;
  PartnershipReplacedByConnectionFilters: PartnershipReplacedByConnectionFilters;
  PartnershipReplacedByConnectionSort: PartnershipReplacedByConnectionSort;
  PartnershipReplacedByConnectionWhere: PartnershipReplacedByConnectionWhere;
  PartnershipReplacedByDisconnectFieldInput: PartnershipReplacedByDisconnectFieldInput;
  PartnershipReplacedByNodeAggregationWhereInput: PartnershipReplacedByNodeAggregationWhereInput;
  PartnershipReplacedByRelationship: Omit<PartnershipReplacedByRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipServiceServicesAggregateSelection: PartnershipServiceServicesAggregateSelection;
  PartnershipServiceServicesNodeAggregateSelection: PartnershipServiceServicesNodeAggregateSelection;
  PartnershipServicesConnectFieldInput: PartnershipServicesConnectFieldInput;
  PartnershipServicesConnection: PartnershipServicesConnection;
  PartnershipServicesConnectionAggregateInput: PartnershipServicesConnectionAggregateInput;
  PartnershipServicesConnectionFilters: PartnershipServicesConnectionFilters;
  PartnershipServicesConnectionSort: PartnershipServicesConnectionSort;
  PartnershipServicesConnectionWhere: PartnershipServicesConnectionWhere;
  PartnershipServicesDisconnectFieldInput: PartnershipServicesDisconnectFieldInput;
  PartnershipServicesNodeAggregationWhereInput: PartnershipServicesNodeAggregationWhereInput;
  PartnershipServicesRelationship: Omit<PartnershipServicesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  PartnershipSort: PartnershipSort;
  PartnershipSourceSourcesAggregateSelection: PartnershipSourceSourcesAggregateSelection;
  PartnershipSourceSourcesEdgeAggregateSelection: PartnershipSourceSourcesEdgeAggregateSelection;
  PartnershipSourceSourcesNodeAggregateSelection: PartnershipSourceSourcesNodeAggregateSelection;
  PartnershipSourcesConnectFieldInput: PartnershipSourcesConnectFieldInput;
  PartnershipSourcesConnection: PartnershipSourcesConnection;
  PartnershipSourcesConnectionAggregateInput: PartnershipSourcesConnectionAggregateInput;
  PartnershipSourcesConnectionFilters: PartnershipSourcesConnectionFilters;
  PartnershipSourcesConnectionSort: PartnershipSourcesConnectionSort;
  PartnershipSourcesConnectionWhere: PartnershipSourcesConnectionWhere;
  PartnershipSourcesDisconnectFieldInput: PartnershipSourcesDisconnectFieldInput;
  PartnershipSourcesNodeAggregationWhereInput: PartnershipSourcesNodeAggregationWhereInput;
  PartnershipSourcesRelationship: PartnershipSourcesRelationship;
  PartnershipSubGroupsConnectFieldInput: PartnershipSubGroupsConnectFieldInput;
  PartnershipSubGroupsConnection: Omit<PartnershipSubGroupsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipSubGroupsRelationship']> };
  PartnershipSubGroupsConnectionAggregateInput: PartnershipSubGroupsConnectionAggregateInput;
  PartnershipSubGroupsConnectionFilters: PartnershipSubGroupsConnectionFilters;
  PartnershipSubGroupsConnectionSort: PartnershipSubGroupsConnectionSort;
  PartnershipSubGroupsConnectionWhere: PartnershipSubGroupsConnectionWhere;
  PartnershipSubGroupsDisconnectFieldInput: PartnershipSubGroupsDisconnectFieldInput;
  PartnershipSubGroupsNodeAggregationWhereInput: PartnershipSubGroupsNodeAggregationWhereInput;
  PartnershipSubGroupsRelationship: Omit<PartnershipSubGroupsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipWhere: PartnershipWhere;
  PartnershipsConnection: Omit<PartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipEdge']> };
  PathStep: PathStep;
  PooledBudget: PooledBudget;
  PostcodeAnswer: PostcodeAnswer;
  PostcodeBody: PostcodeBody;
  Provision: Provision;
  Query: Record<PropertyKey, never>;
  Responsibility: Responsibility;
  ResponsibilityAggregationWhereInput: ResponsibilityAggregationWhereInput;
  ResponsibilityCreateInput: ResponsibilityCreateInput;
  ResponsibilitySort: ResponsibilitySort;
  ResponsibilityWhere: ResponsibilityWhere;
  Scenario: Scenario;
  ScenarioFigures: ScenarioFigures;
  SearchHit: SearchHit;
  Service: Omit<Service, 'deliveredBy' | 'partnerships' | 'partnershipsConnection' | 'tiers' | 'tiersConnection'> & { deliveredBy: Array<ResolversParentTypes['Organisation']>, partnerships: Array<ResolversParentTypes['Partnership']>, partnershipsConnection: ResolversParentTypes['ServicePartnershipsConnection'], tiers: Array<ResolversParentTypes['Tier']>, tiersConnection: ResolversParentTypes['ServiceTiersConnection'] };
  ServiceAggregate: ServiceAggregate;
  ServiceAggregateNode: ServiceAggregateNode;
  ServiceConnectInput: ServiceConnectInput;
  ServiceConnectWhere: ServiceConnectWhere;
  ServiceDeliveredByConnectFieldInput: ServiceDeliveredByConnectFieldInput;
  ServiceDeliveredByConnection: ServiceDeliveredByConnection;
  ServiceDeliveredByConnectionAggregateInput: ServiceDeliveredByConnectionAggregateInput;
  ServiceDeliveredByConnectionFilters: ServiceDeliveredByConnectionFilters;
  ServiceDeliveredByConnectionSort: ServiceDeliveredByConnectionSort;
  ServiceDeliveredByConnectionWhere: ServiceDeliveredByConnectionWhere;
  ServiceDeliveredByDisconnectFieldInput: ServiceDeliveredByDisconnectFieldInput;
  ServiceDeliveredByNodeAggregationWhereInput: ServiceDeliveredByNodeAggregationWhereInput;
  ServiceDeliveredByRelationship: Omit<ServiceDeliveredByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  ServiceDisconnectInput: ServiceDisconnectInput;
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceGroup: ServiceGroup;
  ServiceOrganisationDeliveredByAggregateSelection: ServiceOrganisationDeliveredByAggregateSelection;
  ServiceOrganisationDeliveredByEdgeAggregateSelection: ServiceOrganisationDeliveredByEdgeAggregateSelection;
  ServiceOrganisationDeliveredByNodeAggregateSelection: ServiceOrganisationDeliveredByNodeAggregateSelection;
  ServicePartnershipPartnershipsAggregateSelection: ServicePartnershipPartnershipsAggregateSelection;
  ServicePartnershipPartnershipsNodeAggregateSelection: ServicePartnershipPartnershipsNodeAggregateSelection;
  ServicePartnershipsConnectFieldInput: ServicePartnershipsConnectFieldInput;
  ServicePartnershipsConnection: Omit<ServicePartnershipsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServicePartnershipsRelationship']> };
  ServicePartnershipsConnectionAggregateInput: ServicePartnershipsConnectionAggregateInput;
  ServicePartnershipsConnectionFilters: ServicePartnershipsConnectionFilters;
  ServicePartnershipsConnectionSort: ServicePartnershipsConnectionSort;
  ServicePartnershipsConnectionWhere: ServicePartnershipsConnectionWhere;
  ServicePartnershipsDisconnectFieldInput: ServicePartnershipsDisconnectFieldInput;
  ServicePartnershipsNodeAggregationWhereInput: ServicePartnershipsNodeAggregationWhereInput;
  ServicePartnershipsRelationship: Omit<ServicePartnershipsRelationship, 'node'> & { node: ResolversParentTypes['Partnership'] };
  ServiceRelationshipFilters: ServiceRelationshipFilters;
  ServiceResponsibility: ServiceResponsibility;
  ServiceSort: ServiceSort;
  ServiceTierTiersAggregateSelection: ServiceTierTiersAggregateSelection;
  ServiceTierTiersEdgeAggregateSelection: ServiceTierTiersEdgeAggregateSelection;
  ServiceTierTiersNodeAggregateSelection: ServiceTierTiersNodeAggregateSelection;
  ServiceTiersConnectFieldInput: ServiceTiersConnectFieldInput;
  ServiceTiersConnection: Omit<ServiceTiersConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceTiersRelationship']> };
  ServiceTiersConnectionAggregateInput: ServiceTiersConnectionAggregateInput;
  ServiceTiersConnectionFilters: ServiceTiersConnectionFilters;
  ServiceTiersConnectionSort: ServiceTiersConnectionSort;
  ServiceTiersConnectionWhere: ServiceTiersConnectionWhere;
  ServiceTiersDisconnectFieldInput: ServiceTiersDisconnectFieldInput;
  ServiceTiersNodeAggregationWhereInput: ServiceTiersNodeAggregationWhereInput;
  ServiceTiersRelationship: Omit<ServiceTiersRelationship, 'node'> & { node: ResolversParentTypes['Tier'] };
  ServiceWhere: ServiceWhere;
  ServicesConnection: Omit<ServicesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  Source: Source;
  SourceAggregate: SourceAggregate;
  SourceAggregateNode: SourceAggregateNode;
  SourceConnectWhere: SourceConnectWhere;
  SourceEdge: SourceEdge;
  SourceRef: SourceRef;
  SourceRelationshipFilters: SourceRelationshipFilters;
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: SourcesConnection;
  StatedTotal: StatedTotal;
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  Succession: Succession;
  SuccessionAggregationWhereInput: SuccessionAggregationWhereInput;
  SuccessionCreateInput: SuccessionCreateInput;
  SuccessionSort: SuccessionSort;
  SuccessionWhere: SuccessionWhere;
  Tier: Omit<Tier, 'authorities' | 'responsibilities' | 'responsibilitiesConnection'> & { authorities: Array<ResolversParentTypes['Authority']>, responsibilities: Array<ResolversParentTypes['Service']>, responsibilitiesConnection: ResolversParentTypes['TierResponsibilitiesConnection'] };
  TierAggregate: TierAggregate;
  TierAggregateNode: TierAggregateNode;
  TierAuthoritiesConnectFieldInput: TierAuthoritiesConnectFieldInput;
  TierAuthoritiesConnection: TierAuthoritiesConnection;
  TierAuthoritiesConnectionAggregateInput: TierAuthoritiesConnectionAggregateInput;
  TierAuthoritiesConnectionFilters: TierAuthoritiesConnectionFilters;
  TierAuthoritiesConnectionSort: TierAuthoritiesConnectionSort;
  TierAuthoritiesConnectionWhere: TierAuthoritiesConnectionWhere;
  TierAuthoritiesDisconnectFieldInput: TierAuthoritiesDisconnectFieldInput;
  TierAuthoritiesNodeAggregationWhereInput: TierAuthoritiesNodeAggregationWhereInput;
  TierAuthoritiesRelationship: Omit<TierAuthoritiesRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  TierAuthorityAuthoritiesAggregateSelection: TierAuthorityAuthoritiesAggregateSelection;
  TierAuthorityAuthoritiesNodeAggregateSelection: TierAuthorityAuthoritiesNodeAggregateSelection;
  TierConnectInput: TierConnectInput;
  TierConnectWhere: TierConnectWhere;
  TierDisconnectInput: TierDisconnectInput;
  TierEdge: Omit<TierEdge, 'node'> & { node: ResolversParentTypes['Tier'] };
  TierMatrix: TierMatrix;
  TierMatrixCell: TierMatrixCell;
  TierMatrixRow: TierMatrixRow;
  TierRelationshipFilters: TierRelationshipFilters;
  TierResponsibilitiesConnectFieldInput: TierResponsibilitiesConnectFieldInput;
  TierResponsibilitiesConnection: Omit<TierResponsibilitiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['TierResponsibilitiesRelationship']> };
  TierResponsibilitiesConnectionAggregateInput: TierResponsibilitiesConnectionAggregateInput;
  TierResponsibilitiesConnectionFilters: TierResponsibilitiesConnectionFilters;
  TierResponsibilitiesConnectionSort: TierResponsibilitiesConnectionSort;
  TierResponsibilitiesConnectionWhere: TierResponsibilitiesConnectionWhere;
  TierResponsibilitiesDisconnectFieldInput: TierResponsibilitiesDisconnectFieldInput;
  TierResponsibilitiesNodeAggregationWhereInput: TierResponsibilitiesNodeAggregationWhereInput;
  TierResponsibilitiesRelationship: Omit<TierResponsibilitiesRelationship, 'node'> & { node: ResolversParentTypes['Service'] };
  TierServiceResponsibilitiesAggregateSelection: TierServiceResponsibilitiesAggregateSelection;
  TierServiceResponsibilitiesEdgeAggregateSelection: TierServiceResponsibilitiesEdgeAggregateSelection;
  TierServiceResponsibilitiesNodeAggregateSelection: TierServiceResponsibilitiesNodeAggregateSelection;
  TierSort: TierSort;
  TierStreamTotal: TierStreamTotal;
  TierWhere: TierWhere;
  TiersConnection: Omit<TiersConnection, 'edges'> & { edges: Array<ResolversParentTypes['TierEdge']> };
  TwoTierSplit: TwoTierSplit;
  UnparishedArea: Omit<UnparishedArea, 'within' | 'withinConnection'> & { within: Array<ResolversParentTypes['Authority']>, withinConnection: ResolversParentTypes['UnparishedAreaWithinConnection'] };
  UnparishedAreaAggregate: UnparishedAreaAggregate;
  UnparishedAreaAggregateNode: UnparishedAreaAggregateNode;
  UnparishedAreaAuthorityWithinAggregateSelection: UnparishedAreaAuthorityWithinAggregateSelection;
  UnparishedAreaAuthorityWithinEdgeAggregateSelection: UnparishedAreaAuthorityWithinEdgeAggregateSelection;
  UnparishedAreaAuthorityWithinNodeAggregateSelection: UnparishedAreaAuthorityWithinNodeAggregateSelection;
  UnparishedAreaConnectInput: UnparishedAreaConnectInput;
  UnparishedAreaConnectWhere: UnparishedAreaConnectWhere;
  UnparishedAreaDisconnectInput: UnparishedAreaDisconnectInput;
  UnparishedAreaEdge: Omit<UnparishedAreaEdge, 'node'> & { node: ResolversParentTypes['UnparishedArea'] };
  UnparishedAreaRelationshipFilters: UnparishedAreaRelationshipFilters;
  UnparishedAreaSort: UnparishedAreaSort;
  UnparishedAreaSourceSourcesAggregateSelection: UnparishedAreaSourceSourcesAggregateSelection;
  UnparishedAreaSourceSourcesEdgeAggregateSelection: UnparishedAreaSourceSourcesEdgeAggregateSelection;
  UnparishedAreaSourceSourcesNodeAggregateSelection: UnparishedAreaSourceSourcesNodeAggregateSelection;
  UnparishedAreaSourcesConnectFieldInput: UnparishedAreaSourcesConnectFieldInput;
  UnparishedAreaSourcesConnection: UnparishedAreaSourcesConnection;
  UnparishedAreaSourcesConnectionAggregateInput: UnparishedAreaSourcesConnectionAggregateInput;
  UnparishedAreaSourcesConnectionFilters: UnparishedAreaSourcesConnectionFilters;
  UnparishedAreaSourcesConnectionSort: UnparishedAreaSourcesConnectionSort;
  UnparishedAreaSourcesConnectionWhere: UnparishedAreaSourcesConnectionWhere;
  UnparishedAreaSourcesDisconnectFieldInput: UnparishedAreaSourcesDisconnectFieldInput;
  UnparishedAreaSourcesNodeAggregationWhereInput: UnparishedAreaSourcesNodeAggregationWhereInput;
  UnparishedAreaSourcesRelationship: UnparishedAreaSourcesRelationship;
  UnparishedAreaWhere: UnparishedAreaWhere;
  UnparishedAreaWithinConnectFieldInput: UnparishedAreaWithinConnectFieldInput;
  UnparishedAreaWithinConnection: Omit<UnparishedAreaWithinConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnparishedAreaWithinRelationship']> };
  UnparishedAreaWithinConnectionAggregateInput: UnparishedAreaWithinConnectionAggregateInput;
  UnparishedAreaWithinConnectionFilters: UnparishedAreaWithinConnectionFilters;
  UnparishedAreaWithinConnectionSort: UnparishedAreaWithinConnectionSort;
  UnparishedAreaWithinConnectionWhere: UnparishedAreaWithinConnectionWhere;
  UnparishedAreaWithinDisconnectFieldInput: UnparishedAreaWithinDisconnectFieldInput;
  UnparishedAreaWithinNodeAggregationWhereInput: UnparishedAreaWithinNodeAggregationWhereInput;
  UnparishedAreaWithinRelationship: Omit<UnparishedAreaWithinRelationship, 'node'> & { node: ResolversParentTypes['Authority'] };
  UnparishedAreasConnection: Omit<UnparishedAreasConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnparishedAreaEdge']> };
  UpdateInfo: UpdateInfo;
  UpdateNotesMutationResponse: Omit<UpdateNotesMutationResponse, 'notes'> & { notes: Array<ResolversParentTypes['Note']> };
}>;

export type AuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritiesConnection'] = ResolversParentTypes['AuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Authority'] = ResolversParentTypes['Authority']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityChildrenArgs>>;
  childrenConnection?: Resolver<ResolversTypes['AuthorityChildrenConnection'], ParentType, ContextType, Partial<AuthorityChildrenConnectionArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  combinedAuthorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityCombinedAuthoritiesArgs>>;
  combinedAuthoritiesConnection?: Resolver<ResolversTypes['AuthorityCombinedAuthoritiesConnection'], ParentType, ContextType, Partial<AuthorityCombinedAuthoritiesConnectionArgs>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, Partial<AuthorityConflictsArgs>>;
  conflictsConnection?: Resolver<ResolversTypes['AuthorityConflictsConnection'], ParentType, ContextType, Partial<AuthorityConflictsConnectionArgs>>;
  constituents?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityConstituentsArgs>>;
  constituentsConnection?: Resolver<ResolversTypes['AuthorityConstituentsConnection'], ParentType, ContextType, Partial<AuthorityConstituentsConnectionArgs>>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fireAuthorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityFireAuthoritiesArgs>>;
  fireAuthoritiesConnection?: Resolver<ResolversTypes['AuthorityFireAuthoritiesConnection'], ParentType, ContextType, Partial<AuthorityFireAuthoritiesConnectionArgs>>;
  fundingPaid?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType, Partial<AuthorityFundingPaidArgs>>;
  fundingPaidConnection?: Resolver<ResolversTypes['AuthorityFundingPaidConnection'], ParentType, ContextType, Partial<AuthorityFundingPaidConnectionArgs>>;
  fundingReceived?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType, Partial<AuthorityFundingReceivedArgs>>;
  fundingReceivedConnection?: Resolver<ResolversTypes['AuthorityFundingReceivedConnection'], ParentType, ContextType, Partial<AuthorityFundingReceivedConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parishes?: Resolver<Array<ResolversTypes['Parish']>, ParentType, ContextType, Partial<AuthorityParishesArgs>>;
  parishesConnection?: Resolver<ResolversTypes['AuthorityParishesConnection'], ParentType, ContextType, Partial<AuthorityParishesConnectionArgs>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<AuthorityPartnershipsArgs>>;
  partnershipsConnection?: Resolver<ResolversTypes['AuthorityPartnershipsConnection'], ParentType, ContextType, Partial<AuthorityPartnershipsConnectionArgs>>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replaced?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityReplacedArgs>>;
  replacedBy?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityReplacedByArgs>>;
  replacedByConnection?: Resolver<ResolversTypes['AuthorityReplacedByConnection'], ParentType, ContextType, Partial<AuthorityReplacedByConnectionArgs>>;
  replacedConnection?: Resolver<ResolversTypes['AuthorityReplacedConnection'], ParentType, ContextType, Partial<AuthorityReplacedConnectionArgs>>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<AuthoritySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['AuthoritySourcesConnection'], ParentType, ContextType, Partial<AuthoritySourcesConnectionArgs>>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, Partial<AuthorityTiersArgs>>;
  tiersConnection?: Resolver<ResolversTypes['AuthorityTiersConnection'], ParentType, ContextType, Partial<AuthorityTiersConnectionArgs>>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unparishedAreas?: Resolver<Array<ResolversTypes['UnparishedArea']>, ParentType, ContextType, Partial<AuthorityUnparishedAreasArgs>>;
  unparishedAreasConnection?: Resolver<ResolversTypes['AuthorityUnparishedAreasConnection'], ParentType, ContextType, Partial<AuthorityUnparishedAreasConnectionArgs>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  within?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<AuthorityWithinArgs>>;
  withinConnection?: Resolver<ResolversTypes['AuthorityWithinConnection'], ParentType, ContextType, Partial<AuthorityWithinConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuthorityAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAggregate'] = ResolversParentTypes['AuthorityAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuthorityAggregateNode'], ParentType, ContextType>;
}>;

export type AuthorityAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAggregateNode'] = ResolversParentTypes['AuthorityAggregateNode']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityChildrenAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityChildrenAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityChildrenAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityChildrenEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityChildrenNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityChildrenEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityChildrenEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityChildrenEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityChildrenNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityChildrenNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityChildrenNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityCombinedAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  membershipBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityConstituentsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityConstituentsAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityConstituentsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityConstituentsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityConstituentsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityConstituentsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityConstituentsEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityConstituentsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  membershipBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityConstituentsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityConstituentsNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityConstituentsNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityFireAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityFireAuthoritiesAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityFireAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityFireAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityFireAuthoritiesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityFireAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityFireAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityFireAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityReplacedEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityReplacedNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedByAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityReplacedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityReplacedByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedByEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedByEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedByNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedByNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityReplacedNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityReplacedNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityReplacedNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityWithinAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityWithinAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityWithinAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityWithinEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityAuthorityWithinNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityAuthorityWithinEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityWithinEdgeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityWithinEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityAuthorityWithinNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityAuthorityWithinNodeAggregateSelection'] = ResolversParentTypes['AuthorityAuthorityWithinNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityChildrenConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityChildrenConnection'] = ResolversParentTypes['AuthorityChildrenConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityChildrenAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityChildrenRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityChildrenRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityChildrenRelationship'] = ResolversParentTypes['AuthorityChildrenRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityCombinedAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityCombinedAuthoritiesConnection'] = ResolversParentTypes['AuthorityCombinedAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityCombinedAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityCombinedAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityCombinedAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityCombinedAuthoritiesRelationship'] = ResolversParentTypes['AuthorityCombinedAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType>;
}>;

export type AuthorityConflictConflictsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConflictConflictsAggregateSelection'] = ResolversParentTypes['AuthorityConflictConflictsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityConflictConflictsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityConflictConflictsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityConflictConflictsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConflictConflictsEdgeAggregateSelection'] = ResolversParentTypes['AuthorityConflictConflictsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityConflictConflictsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConflictConflictsNodeAggregateSelection'] = ResolversParentTypes['AuthorityConflictConflictsNodeAggregateSelection']> = ResolversObject<{
  field?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityConflictsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConflictsConnection'] = ResolversParentTypes['AuthorityConflictsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityConflictConflictsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityConflictsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityConflictsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConflictsRelationship'] = ResolversParentTypes['AuthorityConflictsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityConstituentsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConstituentsConnection'] = ResolversParentTypes['AuthorityConstituentsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityConstituentsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityConstituentsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityConstituentsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConstituentsRelationship'] = ResolversParentTypes['AuthorityConstituentsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType>;
}>;

export type AuthorityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityEdge'] = ResolversParentTypes['AuthorityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type AuthorityFireAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFireAuthoritiesConnection'] = ResolversParentTypes['AuthorityFireAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityFireAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityFireAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityFireAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFireAuthoritiesRelationship'] = ResolversParentTypes['AuthorityFireAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityFundingFlowFundingPaidAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingFlowFundingPaidAggregateSelection'] = ResolversParentTypes['AuthorityFundingFlowFundingPaidAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityFundingFlowFundingPaidNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityFundingFlowFundingPaidNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingFlowFundingPaidNodeAggregateSelection'] = ResolversParentTypes['AuthorityFundingFlowFundingPaidNodeAggregateSelection']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityFundingFlowFundingReceivedAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingFlowFundingReceivedAggregateSelection'] = ResolversParentTypes['AuthorityFundingFlowFundingReceivedAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityFundingFlowFundingReceivedNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityFundingFlowFundingReceivedNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingFlowFundingReceivedNodeAggregateSelection'] = ResolversParentTypes['AuthorityFundingFlowFundingReceivedNodeAggregateSelection']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityFundingPaidConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingPaidConnection'] = ResolversParentTypes['AuthorityFundingPaidConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityFundingFlowFundingPaidAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityFundingPaidRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityFundingPaidRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingPaidRelationship'] = ResolversParentTypes['AuthorityFundingPaidRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type AuthorityFundingReceivedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingReceivedConnection'] = ResolversParentTypes['AuthorityFundingReceivedConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityFundingFlowFundingReceivedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityFundingReceivedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityFundingReceivedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityFundingReceivedRelationship'] = ResolversParentTypes['AuthorityFundingReceivedRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type AuthorityParishParishesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityParishParishesAggregateSelection'] = ResolversParentTypes['AuthorityParishParishesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityParishParishesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityParishParishesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityParishParishesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityParishParishesEdgeAggregateSelection'] = ResolversParentTypes['AuthorityParishParishesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityParishParishesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityParishParishesNodeAggregateSelection'] = ResolversParentTypes['AuthorityParishParishesNodeAggregateSelection']> = ResolversObject<{
  councilStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  endedBetween?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityParishesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityParishesConnection'] = ResolversParentTypes['AuthorityParishesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityParishParishesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityParishesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityParishesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityParishesRelationship'] = ResolversParentTypes['AuthorityParishesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Parish'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityPartnershipPartnershipsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPartnershipPartnershipsAggregateSelection'] = ResolversParentTypes['AuthorityPartnershipPartnershipsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityPartnershipPartnershipsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityPartnershipPartnershipsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityPartnershipPartnershipsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPartnershipPartnershipsEdgeAggregateSelection'] = ResolversParentTypes['AuthorityPartnershipPartnershipsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityPartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPartnershipPartnershipsNodeAggregateSelection'] = ResolversParentTypes['AuthorityPartnershipPartnershipsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityPartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPartnershipsConnection'] = ResolversParentTypes['AuthorityPartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityPartnershipPartnershipsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityPartnershipsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityPartnershipsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPartnershipsRelationship'] = ResolversParentTypes['AuthorityPartnershipsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type AuthorityRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityRef'] = ResolversParentTypes['AuthorityRef']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthorityReplacedByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityReplacedByConnection'] = ResolversParentTypes['AuthorityReplacedByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityReplacedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityReplacedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityReplacedByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityReplacedByRelationship'] = ResolversParentTypes['AuthorityReplacedByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityReplacedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityReplacedConnection'] = ResolversParentTypes['AuthorityReplacedConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityReplacedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityReplacedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityReplacedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityReplacedRelationship'] = ResolversParentTypes['AuthorityReplacedRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityServicesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityServices'] = ResolversParentTypes['AuthorityServices']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['AuthorityRef'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ServiceGroup']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuthoritySourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritySourceSourcesAggregateSelection'] = ResolversParentTypes['AuthoritySourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthoritySourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthoritySourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthoritySourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritySourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['AuthoritySourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthoritySourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritySourceSourcesNodeAggregateSelection'] = ResolversParentTypes['AuthoritySourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthoritySourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritySourcesConnection'] = ResolversParentTypes['AuthoritySourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthoritySourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthoritySourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthoritySourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthoritySourcesRelationship'] = ResolversParentTypes['AuthoritySourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type AuthorityTierTiersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityTierTiersAggregateSelection'] = ResolversParentTypes['AuthorityTierTiersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityTierTiersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityTierTiersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityTierTiersNodeAggregateSelection'] = ResolversParentTypes['AuthorityTierTiersNodeAggregateSelection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityTiersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityTiersConnection'] = ResolversParentTypes['AuthorityTiersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityTierTiersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityTiersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityTiersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityTiersRelationship'] = ResolversParentTypes['AuthorityTiersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type AuthorityUnparishedAreaUnparishedAreasAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasAggregateSelection'] = ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection'] = ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection'] = ResolversParentTypes['AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type AuthorityUnparishedAreasConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityUnparishedAreasConnection'] = ResolversParentTypes['AuthorityUnparishedAreasConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityUnparishedAreaUnparishedAreasAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityUnparishedAreasRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityUnparishedAreasRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityUnparishedAreasRelationship'] = ResolversParentTypes['AuthorityUnparishedAreasRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnparishedArea'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type AuthorityWithinConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityWithinConnection'] = ResolversParentTypes['AuthorityWithinConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['AuthorityAuthorityWithinAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuthorityWithinRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityWithinRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityWithinRelationship'] = ResolversParentTypes['AuthorityWithinRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type BodyRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyRef'] = ResolversParentTypes['BodyRef']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = ResolversObject<{
  areaInside?: Resolver<Array<ResolversTypes['AuthorityRef']>, ParentType, ContextType>;
  areaOutside?: Resolver<Array<ResolversTypes['AuthorityRef']>, ParentType, ContextType>;
  areaScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  canAbolish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missingMembers?: Resolver<Array<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  missingThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  notRecorded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['PartnershipRef'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedMembers?: Resolver<Array<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themeScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  after?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  before?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  bounded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['FundingDifference']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  notAfter?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  notBefore?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  readFrom?: Resolver<ResolversTypes['ChangeRelationship'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  takenAs?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ChangesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Changes'] = ResolversParentTypes['Changes']> = ResolversObject<{
  area?: Resolver<ResolversTypes['AuthorityRef'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<ConflictAboutArgs>>;
  aboutConnection?: Resolver<ResolversTypes['ConflictAboutConnection'], ParentType, ContextType, Partial<ConflictAboutConnectionArgs>>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lost?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ConflictSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['ConflictSourcesConnection'], ParentType, ContextType, Partial<ConflictSourcesConnectionArgs>>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tie?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  won?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConflictAboutConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAboutConnection'] = ResolversParentTypes['ConflictAboutConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ConflictAuthorityAboutAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ConflictAboutRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConflictAboutRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAboutRelationship'] = ResolversParentTypes['ConflictAboutRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type ConflictAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAggregate'] = ResolversParentTypes['ConflictAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConflictAggregateNode'], ParentType, ContextType>;
}>;

export type ConflictAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAggregateNode'] = ResolversParentTypes['ConflictAggregateNode']> = ResolversObject<{
  field?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ConflictAuthorityAboutAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAuthorityAboutAggregateSelection'] = ResolversParentTypes['ConflictAuthorityAboutAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ConflictAuthorityAboutEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ConflictAuthorityAboutNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ConflictAuthorityAboutEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAuthorityAboutEdgeAggregateSelection'] = ResolversParentTypes['ConflictAuthorityAboutEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ConflictAuthorityAboutNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictAuthorityAboutNodeAggregateSelection'] = ResolversParentTypes['ConflictAuthorityAboutNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ConflictEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictEdge'] = ResolversParentTypes['ConflictEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
}>;

export type ConflictSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictSourceSourcesAggregateSelection'] = ResolversParentTypes['ConflictSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ConflictSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ConflictSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ConflictSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['ConflictSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ConflictSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['ConflictSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ConflictSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictSourcesConnection'] = ResolversParentTypes['ConflictSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ConflictSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ConflictSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConflictSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictSourcesRelationship'] = ResolversParentTypes['ConflictSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type ConflictsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictsConnection'] = ResolversParentTypes['ConflictsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ConflictAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ConflictEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConstituencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Constituency'] = ResolversParentTypes['Constituency']> = ResolversObject<{
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  membershipBounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seenIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = ResolversObject<{
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreateInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateInfo'] = ResolversParentTypes['CreateInfo']> = ResolversObject<{
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreateNotesMutationResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateNotesMutationResponse'] = ResolversParentTypes['CreateNotesMutationResponse']> = ResolversObject<{
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = ResolversObject<{
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DatedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dated'] = ResolversParentTypes['Dated']> = ResolversObject<{
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type DeleteInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteInfo'] = ResolversParentTypes['DeleteInfo']> = ResolversObject<{
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeliveringBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveringBody'] = ResolversParentTypes['DeliveringBody']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
}>;

export type DeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery']> = ResolversObject<{
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FloatAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FloatAggregateSelection'] = ResolversParentTypes['FloatAggregateSelection']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type FlowRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlowRow'] = ResolversParentTypes['FlowRow']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['FundingStreamRef']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FundingDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingDifference'] = ResolversParentTypes['FundingDifference']> = ResolversObject<{
  amountAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stream?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  yearAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yearBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FundingFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlow'] = ResolversParentTypes['FundingFlow']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromAuthorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<FundingFlowFromAuthoritiesArgs>>;
  fromAuthoritiesConnection?: Resolver<ResolversTypes['FundingFlowFromAuthoritiesConnection'], ParentType, ContextType, Partial<FundingFlowFromAuthoritiesConnectionArgs>>;
  fromOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<FundingFlowFromOrganisationsArgs>>;
  fromOrganisationsConnection?: Resolver<ResolversTypes['FundingFlowFromOrganisationsConnection'], ParentType, ContextType, Partial<FundingFlowFromOrganisationsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<FundingFlowSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['FundingFlowSourcesConnection'], ParentType, ContextType, Partial<FundingFlowSourcesConnectionArgs>>;
  streams?: Resolver<Array<ResolversTypes['FundingStream']>, ParentType, ContextType, Partial<FundingFlowStreamsArgs>>;
  streamsConnection?: Resolver<ResolversTypes['FundingFlowStreamsConnection'], ParentType, ContextType, Partial<FundingFlowStreamsConnectionArgs>>;
  toAuthorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<FundingFlowToAuthoritiesArgs>>;
  toAuthoritiesConnection?: Resolver<ResolversTypes['FundingFlowToAuthoritiesConnection'], ParentType, ContextType, Partial<FundingFlowToAuthoritiesConnectionArgs>>;
  toOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<FundingFlowToOrganisationsArgs>>;
  toOrganisationsConnection?: Resolver<ResolversTypes['FundingFlowToOrganisationsConnection'], ParentType, ContextType, Partial<FundingFlowToOrganisationsConnectionArgs>>;
  toPartnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<FundingFlowToPartnershipsArgs>>;
  toPartnershipsConnection?: Resolver<ResolversTypes['FundingFlowToPartnershipsConnection'], ParentType, ContextType, Partial<FundingFlowToPartnershipsConnectionArgs>>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FundingFlowAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAggregate'] = ResolversParentTypes['FundingFlowAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlowAggregateNode'], ParentType, ContextType>;
}>;

export type FundingFlowAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAggregateNode'] = ResolversParentTypes['FundingFlowAggregateNode']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowAuthorityFromAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAuthorityFromAuthoritiesAggregateSelection'] = ResolversParentTypes['FundingFlowAuthorityFromAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowAuthorityFromAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowAuthorityToAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAuthorityToAuthoritiesAggregateSelection'] = ResolversParentTypes['FundingFlowAuthorityToAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowAuthorityToAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowAuthorityToAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowAuthorityToAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['FundingFlowAuthorityToAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowEdge'] = ResolversParentTypes['FundingFlowEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type FundingFlowFromAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFromAuthoritiesConnection'] = ResolversParentTypes['FundingFlowFromAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowAuthorityFromAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowFromAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowFromAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFromAuthoritiesRelationship'] = ResolversParentTypes['FundingFlowFromAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type FundingFlowFromOrganisationsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFromOrganisationsConnection'] = ResolversParentTypes['FundingFlowFromOrganisationsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowOrganisationFromOrganisationsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowFromOrganisationsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowFromOrganisationsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFromOrganisationsRelationship'] = ResolversParentTypes['FundingFlowFromOrganisationsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type FundingFlowFundingStreamStreamsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFundingStreamStreamsAggregateSelection'] = ResolversParentTypes['FundingFlowFundingStreamStreamsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowFundingStreamStreamsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowFundingStreamStreamsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowFundingStreamStreamsNodeAggregateSelection'] = ResolversParentTypes['FundingFlowFundingStreamStreamsNodeAggregateSelection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lowerTierShare?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  upperTierShare?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowOrganisationFromOrganisationsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowOrganisationFromOrganisationsAggregateSelection'] = ResolversParentTypes['FundingFlowOrganisationFromOrganisationsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowOrganisationFromOrganisationsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowOrganisationFromOrganisationsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowOrganisationFromOrganisationsNodeAggregateSelection'] = ResolversParentTypes['FundingFlowOrganisationFromOrganisationsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowOrganisationToOrganisationsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowOrganisationToOrganisationsAggregateSelection'] = ResolversParentTypes['FundingFlowOrganisationToOrganisationsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowOrganisationToOrganisationsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowOrganisationToOrganisationsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowOrganisationToOrganisationsNodeAggregateSelection'] = ResolversParentTypes['FundingFlowOrganisationToOrganisationsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowPartnershipToPartnershipsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowPartnershipToPartnershipsAggregateSelection'] = ResolversParentTypes['FundingFlowPartnershipToPartnershipsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowPartnershipToPartnershipsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowPartnershipToPartnershipsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowPartnershipToPartnershipsNodeAggregateSelection'] = ResolversParentTypes['FundingFlowPartnershipToPartnershipsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowSourceSourcesAggregateSelection'] = ResolversParentTypes['FundingFlowSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['FundingFlowSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingFlowSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingFlowSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['FundingFlowSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['FundingFlowSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingFlowSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowSourcesConnection'] = ResolversParentTypes['FundingFlowSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowSourcesRelationship'] = ResolversParentTypes['FundingFlowSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type FundingFlowStreamsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowStreamsConnection'] = ResolversParentTypes['FundingFlowStreamsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowFundingStreamStreamsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowStreamsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowStreamsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowStreamsRelationship'] = ResolversParentTypes['FundingFlowStreamsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
}>;

export type FundingFlowToAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToAuthoritiesConnection'] = ResolversParentTypes['FundingFlowToAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowAuthorityToAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowToAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowToAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToAuthoritiesRelationship'] = ResolversParentTypes['FundingFlowToAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type FundingFlowToOrganisationsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToOrganisationsConnection'] = ResolversParentTypes['FundingFlowToOrganisationsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowOrganisationToOrganisationsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowToOrganisationsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowToOrganisationsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToOrganisationsRelationship'] = ResolversParentTypes['FundingFlowToOrganisationsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type FundingFlowToPartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToPartnershipsConnection'] = ResolversParentTypes['FundingFlowToPartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowPartnershipToPartnershipsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowToPartnershipsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowToPartnershipsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowToPartnershipsRelationship'] = ResolversParentTypes['FundingFlowToPartnershipsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
}>;

export type FundingFlowsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlows'] = ResolversParentTypes['FundingFlows']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['FlowRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingFlowsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlowsConnection'] = ResolversParentTypes['FundingFlowsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingFlowAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingFlowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingStreamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStream'] = ResolversParentTypes['FundingStream']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType, Partial<FundingStreamFlowsArgs>>;
  flowsConnection?: Resolver<ResolversTypes['FundingStreamFlowsConnection'], ParentType, ContextType, Partial<FundingStreamFlowsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lowerTierShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  upperTierShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type FundingStreamAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamAggregate'] = ResolversParentTypes['FundingStreamAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingStreamAggregateNode'], ParentType, ContextType>;
}>;

export type FundingStreamAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamAggregateNode'] = ResolversParentTypes['FundingStreamAggregateNode']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lowerTierShare?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  upperTierShare?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingStreamEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamEdge'] = ResolversParentTypes['FundingStreamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
}>;

export type FundingStreamFlowsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamFlowsConnection'] = ResolversParentTypes['FundingStreamFlowsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingStreamFundingFlowFlowsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingStreamFlowsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingStreamFlowsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamFlowsRelationship'] = ResolversParentTypes['FundingStreamFlowsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type FundingStreamFundingFlowFlowsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamFundingFlowFlowsAggregateSelection'] = ResolversParentTypes['FundingStreamFundingFlowFlowsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['FundingStreamFundingFlowFlowsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type FundingStreamFundingFlowFlowsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamFundingFlowFlowsNodeAggregateSelection'] = ResolversParentTypes['FundingStreamFundingFlowFlowsNodeAggregateSelection']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type FundingStreamRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamRef'] = ResolversParentTypes['FundingStreamRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FundingStreamsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingStreamsConnection'] = ResolversParentTypes['FundingStreamsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['FundingStreamAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FundingStreamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingSummary'] = ResolversParentTypes['FundingSummary']> = ResolversObject<{
  area?: Resolver<ResolversTypes['AuthorityRef'], ParentType, ContextType>;
  byTierAndStream?: Resolver<Array<ResolversTypes['TierStreamTotal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datasetTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowerTierBodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statedTotals?: Resolver<Array<ResolversTypes['StatedTotal']>, ParentType, ContextType>;
  twoTierSplits?: Resolver<Array<ResolversTypes['TwoTierSplit']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IntAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Organisation' | 'Partnership', ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  annotate?: Resolver<ResolversTypes['Note'], ParentType, ContextType, RequireFields<MutationAnnotateArgs, 'target' | 'text'>>;
  createNotes?: Resolver<ResolversTypes['CreateNotesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateNotesArgs, 'input'>>;
  deleteNotes?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteNotesArgs>>;
  updateNotes?: Resolver<ResolversTypes['UpdateNotesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateNotesArgs>>;
}>;

export type NodeRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeRef'] = ResolversParentTypes['NodeRef']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = ResolversObject<{
  authorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<NoteAuthoritiesArgs>>;
  authoritiesConnection?: Resolver<ResolversTypes['NoteAuthoritiesConnection'], ParentType, ContextType, Partial<NoteAuthoritiesConnectionArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parishes?: Resolver<Array<ResolversTypes['Parish']>, ParentType, ContextType, Partial<NoteParishesArgs>>;
  parishesConnection?: Resolver<ResolversTypes['NoteParishesConnection'], ParentType, ContextType, Partial<NoteParishesConnectionArgs>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<NotePartnershipsArgs>>;
  partnershipsConnection?: Resolver<ResolversTypes['NotePartnershipsConnection'], ParentType, ContextType, Partial<NotePartnershipsConnectionArgs>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<NoteServicesArgs>>;
  servicesConnection?: Resolver<ResolversTypes['NoteServicesConnection'], ParentType, ContextType, Partial<NoteServicesConnectionArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type NoteAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAggregate'] = ResolversParentTypes['NoteAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NoteAggregateNode'], ParentType, ContextType>;
}>;

export type NoteAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAggregateNode'] = ResolversParentTypes['NoteAggregateNode']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAuthoritiesConnection'] = ResolversParentTypes['NoteAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteAuthorityAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAuthoritiesRelationship'] = ResolversParentTypes['NoteAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type NoteAuthorityAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAuthorityAuthoritiesAggregateSelection'] = ResolversParentTypes['NoteAuthorityAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NoteAuthorityAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NoteAuthorityAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAuthorityAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['NoteAuthorityAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
}>;

export type NoteParishParishesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteParishParishesAggregateSelection'] = ResolversParentTypes['NoteParishParishesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NoteParishParishesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NoteParishParishesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteParishParishesNodeAggregateSelection'] = ResolversParentTypes['NoteParishParishesNodeAggregateSelection']> = ResolversObject<{
  councilStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  endedBetween?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteParishesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteParishesConnection'] = ResolversParentTypes['NoteParishesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteParishParishesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteParishesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteParishesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteParishesRelationship'] = ResolversParentTypes['NoteParishesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Parish'], ParentType, ContextType>;
}>;

export type NotePartnershipPartnershipsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotePartnershipPartnershipsAggregateSelection'] = ResolversParentTypes['NotePartnershipPartnershipsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NotePartnershipPartnershipsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NotePartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotePartnershipPartnershipsNodeAggregateSelection'] = ResolversParentTypes['NotePartnershipPartnershipsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NotePartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotePartnershipsConnection'] = ResolversParentTypes['NotePartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NotePartnershipPartnershipsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NotePartnershipsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotePartnershipsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotePartnershipsRelationship'] = ResolversParentTypes['NotePartnershipsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
}>;

export type NoteServiceServicesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteServiceServicesAggregateSelection'] = ResolversParentTypes['NoteServiceServicesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NoteServiceServicesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type NoteServiceServicesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteServiceServicesNodeAggregateSelection'] = ResolversParentTypes['NoteServiceServicesNodeAggregateSelection']> = ResolversObject<{
  esdLabel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  esdStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  govukDescription?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  providingTier?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type NoteServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteServicesConnection'] = ResolversParentTypes['NoteServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteServiceServicesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteServicesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteServicesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteServicesRelationship'] = ResolversParentTypes['NoteServicesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type NotesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotesConnection'] = ResolversParentTypes['NotesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['NoteAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  delivers?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<OrganisationDeliversArgs>>;
  deliversConnection?: Resolver<ResolversTypes['OrganisationDeliversConnection'], ParentType, ContextType, Partial<OrganisationDeliversConnectionArgs>>;
  fundingPaid?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType, Partial<OrganisationFundingPaidArgs>>;
  fundingPaidConnection?: Resolver<ResolversTypes['OrganisationFundingPaidConnection'], ParentType, ContextType, Partial<OrganisationFundingPaidConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<OrganisationPartnershipsArgs>>;
  partnershipsConnection?: Resolver<ResolversTypes['OrganisationPartnershipsConnection'], ParentType, ContextType, Partial<OrganisationPartnershipsConnectionArgs>>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<OrganisationSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['OrganisationSourcesConnection'], ParentType, ContextType, Partial<OrganisationSourcesConnectionArgs>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationAggregate'] = ResolversParentTypes['OrganisationAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganisationAggregateNode'], ParentType, ContextType>;
}>;

export type OrganisationAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationAggregateNode'] = ResolversParentTypes['OrganisationAggregateNode']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationDeliversConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationDeliversConnection'] = ResolversParentTypes['OrganisationDeliversConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OrganisationServiceDeliversAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationDeliversRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationDeliversRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationDeliversRelationship'] = ResolversParentTypes['OrganisationDeliversRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type OrganisationFundingFlowFundingPaidAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationFundingFlowFundingPaidAggregateSelection'] = ResolversParentTypes['OrganisationFundingFlowFundingPaidAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationFundingFlowFundingPaidNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OrganisationFundingFlowFundingPaidNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationFundingFlowFundingPaidNodeAggregateSelection'] = ResolversParentTypes['OrganisationFundingFlowFundingPaidNodeAggregateSelection']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationFundingPaidConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationFundingPaidConnection'] = ResolversParentTypes['OrganisationFundingPaidConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OrganisationFundingFlowFundingPaidAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationFundingPaidRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationFundingPaidRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationFundingPaidRelationship'] = ResolversParentTypes['OrganisationFundingPaidRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type OrganisationPartnershipPartnershipsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationPartnershipPartnershipsAggregateSelection'] = ResolversParentTypes['OrganisationPartnershipPartnershipsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPartnershipPartnershipsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPartnershipPartnershipsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OrganisationPartnershipPartnershipsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationPartnershipPartnershipsEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPartnershipPartnershipsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationPartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationPartnershipPartnershipsNodeAggregateSelection'] = ResolversParentTypes['OrganisationPartnershipPartnershipsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationPartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationPartnershipsConnection'] = ResolversParentTypes['OrganisationPartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OrganisationPartnershipPartnershipsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationPartnershipsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationPartnershipsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationPartnershipsRelationship'] = ResolversParentTypes['OrganisationPartnershipsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type OrganisationServiceDeliversAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationServiceDeliversAggregateSelection'] = ResolversParentTypes['OrganisationServiceDeliversAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationServiceDeliversEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationServiceDeliversNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OrganisationServiceDeliversEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationServiceDeliversEdgeAggregateSelection'] = ResolversParentTypes['OrganisationServiceDeliversEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationServiceDeliversNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationServiceDeliversNodeAggregateSelection'] = ResolversParentTypes['OrganisationServiceDeliversNodeAggregateSelection']> = ResolversObject<{
  esdLabel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  esdStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  govukDescription?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  providingTier?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationSourceSourcesAggregateSelection'] = ResolversParentTypes['OrganisationSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type OrganisationSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['OrganisationSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['OrganisationSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type OrganisationSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationSourcesConnection'] = ResolversParentTypes['OrganisationSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OrganisationSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationSourcesRelationship'] = ResolversParentTypes['OrganisationSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type OrganisationsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationsConnection'] = ResolversParentTypes['OrganisationsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['OrganisationAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OverlapPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OverlapPair'] = ResolversParentTypes['OverlapPair']> = ResolversObject<{
  a?: Resolver<ResolversTypes['PartnershipRef'], ParentType, ContextType>;
  areaJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['PartnershipRef'], ParentType, ContextType>;
  memberJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedMembers?: Resolver<Array<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themeJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParishResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Parish'] = ResolversParentTypes['Parish']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  councilStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endedBetween?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingFrom?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replaced?: Resolver<Array<ResolversTypes['Parish']>, ParentType, ContextType, Partial<ParishReplacedArgs>>;
  replacedBy?: Resolver<Array<ResolversTypes['Parish']>, ParentType, ContextType, Partial<ParishReplacedByArgs>>;
  replacedByConnection?: Resolver<ResolversTypes['ParishReplacedByConnection'], ParentType, ContextType, Partial<ParishReplacedByConnectionArgs>>;
  replacedConnection?: Resolver<ResolversTypes['ParishReplacedConnection'], ParentType, ContextType, Partial<ParishReplacedConnectionArgs>>;
  seenIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ParishSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['ParishSourcesConnection'], ParentType, ContextType, Partial<ParishSourcesConnectionArgs>>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, Partial<ParishTiersArgs>>;
  tiersConnection?: Resolver<ResolversTypes['ParishTiersConnection'], ParentType, ContextType, Partial<ParishTiersConnectionArgs>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  within?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<ParishWithinArgs>>;
  withinConnection?: Resolver<ResolversTypes['ParishWithinConnection'], ParentType, ContextType, Partial<ParishWithinConnectionArgs>>;
}>;

export type ParishAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishAggregate'] = ResolversParentTypes['ParishAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ParishAggregateNode'], ParentType, ContextType>;
}>;

export type ParishAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishAggregateNode'] = ResolversParentTypes['ParishAggregateNode']> = ResolversObject<{
  councilStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  endedBetween?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishAuthorityWithinAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishAuthorityWithinAggregateSelection'] = ResolversParentTypes['ParishAuthorityWithinAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ParishAuthorityWithinEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ParishAuthorityWithinNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ParishAuthorityWithinEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishAuthorityWithinEdgeAggregateSelection'] = ResolversParentTypes['ParishAuthorityWithinEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishAuthorityWithinNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishAuthorityWithinNodeAggregateSelection'] = ResolversParentTypes['ParishAuthorityWithinNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishEdge'] = ResolversParentTypes['ParishEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Parish'], ParentType, ContextType>;
}>;

export type ParishParishReplacedAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedAggregateSelection'] = ResolversParentTypes['ParishParishReplacedAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ParishParishReplacedEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ParishParishReplacedNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ParishParishReplacedByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedByAggregateSelection'] = ResolversParentTypes['ParishParishReplacedByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ParishParishReplacedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ParishParishReplacedByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ParishParishReplacedByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedByEdgeAggregateSelection'] = ResolversParentTypes['ParishParishReplacedByEdgeAggregateSelection']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishParishReplacedByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedByNodeAggregateSelection'] = ResolversParentTypes['ParishParishReplacedByNodeAggregateSelection']> = ResolversObject<{
  councilStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  endedBetween?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishParishReplacedEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedEdgeAggregateSelection'] = ResolversParentTypes['ParishParishReplacedEdgeAggregateSelection']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishParishReplacedNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishParishReplacedNodeAggregateSelection'] = ResolversParentTypes['ParishParishReplacedNodeAggregateSelection']> = ResolversObject<{
  councilStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  endedBetween?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  lifeBounds?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishReplacedByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishReplacedByConnection'] = ResolversParentTypes['ParishReplacedByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishParishReplacedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishReplacedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParishReplacedByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishReplacedByRelationship'] = ResolversParentTypes['ParishReplacedByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Parish'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Succession'], ParentType, ContextType>;
}>;

export type ParishReplacedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishReplacedConnection'] = ResolversParentTypes['ParishReplacedConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishParishReplacedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishReplacedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParishReplacedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishReplacedRelationship'] = ResolversParentTypes['ParishReplacedRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Parish'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Succession'], ParentType, ContextType>;
}>;

export type ParishSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishSourceSourcesAggregateSelection'] = ResolversParentTypes['ParishSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ParishSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ParishSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ParishSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['ParishSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['ParishSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishSourcesConnection'] = ResolversParentTypes['ParishSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParishSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishSourcesRelationship'] = ResolversParentTypes['ParishSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type ParishTierTiersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishTierTiersAggregateSelection'] = ResolversParentTypes['ParishTierTiersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ParishTierTiersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ParishTierTiersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishTierTiersNodeAggregateSelection'] = ResolversParentTypes['ParishTierTiersNodeAggregateSelection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ParishTiersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishTiersConnection'] = ResolversParentTypes['ParishTiersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishTierTiersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishTiersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParishTiersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishTiersRelationship'] = ResolversParentTypes['ParishTiersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type ParishWithinConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishWithinConnection'] = ResolversParentTypes['ParishWithinConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishAuthorityWithinAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishWithinRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParishWithinRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishWithinRelationship'] = ResolversParentTypes['ParishWithinRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type ParishesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParishesConnection'] = ResolversParentTypes['ParishesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ParishAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParishEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = ResolversObject<{
  covers?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<PartnershipCoversArgs>>;
  coversConnection?: Resolver<ResolversTypes['PartnershipCoversConnection'], ParentType, ContextType, Partial<PartnershipCoversConnectionArgs>>;
  fundingReceived?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType, Partial<PartnershipFundingReceivedArgs>>;
  fundingReceivedConnection?: Resolver<ResolversTypes['PartnershipFundingReceivedConnection'], ParentType, ContextType, Partial<PartnershipFundingReceivedConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<PartnershipMemberOfArgs>>;
  memberOfConnection?: Resolver<ResolversTypes['PartnershipMemberOfConnection'], ParentType, ContextType, Partial<PartnershipMemberOfConnectionArgs>>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType, Partial<PartnershipMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['PartnershipMembersConnection'], ParentType, ContextType, Partial<PartnershipMembersConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<PartnershipParentsArgs>>;
  parentsConnection?: Resolver<ResolversTypes['PartnershipParentsConnection'], ParentType, ContextType, Partial<PartnershipParentsConnectionArgs>>;
  replacedBy?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<PartnershipReplacedByArgs>>;
  replacedByConnection?: Resolver<ResolversTypes['PartnershipReplacedByConnection'], ParentType, ContextType, Partial<PartnershipReplacedByConnectionArgs>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<PartnershipServicesArgs>>;
  servicesConnection?: Resolver<ResolversTypes['PartnershipServicesConnection'], ParentType, ContextType, Partial<PartnershipServicesConnectionArgs>>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<PartnershipSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['PartnershipSourcesConnection'], ParentType, ContextType, Partial<PartnershipSourcesConnectionArgs>>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statutory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subGroups?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<PartnershipSubGroupsArgs>>;
  subGroupsConnection?: Resolver<ResolversTypes['PartnershipSubGroupsConnection'], ParentType, ContextType, Partial<PartnershipSubGroupsConnectionArgs>>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnershipAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipAggregate'] = ResolversParentTypes['PartnershipAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnershipAggregateNode'], ParentType, ContextType>;
}>;

export type PartnershipAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipAggregateNode'] = ResolversParentTypes['PartnershipAggregateNode']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipAuthorityCoversAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipAuthorityCoversAggregateSelection'] = ResolversParentTypes['PartnershipAuthorityCoversAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipAuthorityCoversEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipAuthorityCoversNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipAuthorityCoversEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipAuthorityCoversEdgeAggregateSelection'] = ResolversParentTypes['PartnershipAuthorityCoversEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipAuthorityCoversNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipAuthorityCoversNodeAggregateSelection'] = ResolversParentTypes['PartnershipAuthorityCoversNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipCoversConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipCoversConnection'] = ResolversParentTypes['PartnershipCoversConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipAuthorityCoversAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipCoversRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipCoversRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipCoversRelationship'] = ResolversParentTypes['PartnershipCoversRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type PartnershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
}>;

export type PartnershipFundingFlowFundingReceivedAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipFundingFlowFundingReceivedAggregateSelection'] = ResolversParentTypes['PartnershipFundingFlowFundingReceivedAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipFundingFlowFundingReceivedNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipFundingFlowFundingReceivedNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipFundingFlowFundingReceivedNodeAggregateSelection'] = ResolversParentTypes['PartnershipFundingFlowFundingReceivedNodeAggregateSelection']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipFundingReceivedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipFundingReceivedConnection'] = ResolversParentTypes['PartnershipFundingReceivedConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipFundingFlowFundingReceivedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipFundingReceivedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipFundingReceivedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipFundingReceivedRelationship'] = ResolversParentTypes['PartnershipFundingReceivedRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType>;
}>;

export type PartnershipMemberOfConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipMemberOfConnection'] = ResolversParentTypes['PartnershipMemberOfConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipPartnershipMemberOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipMemberOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipMemberOfRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipMemberOfRelationship'] = ResolversParentTypes['PartnershipMemberOfRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type PartnershipMembersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipMembersConnection'] = ResolversParentTypes['PartnershipMembersConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnershipMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipMembersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipMembersRelationship'] = ResolversParentTypes['PartnershipMembersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type PartnershipOverlapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipOverlap'] = ResolversParentTypes['PartnershipOverlap']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['OverlapPair']>, ParentType, ContextType>;
}>;

export type PartnershipParentsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipParentsConnection'] = ResolversParentTypes['PartnershipParentsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipPartnershipParentsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipParentsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipParentsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipParentsRelationship'] = ResolversParentTypes['PartnershipParentsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipMemberOfAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipMemberOfAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipMemberOfAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipMemberOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipMemberOfNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipPartnershipMemberOfEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipMemberOfEdgeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipMemberOfEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipMemberOfNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipMemberOfNodeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipMemberOfNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipParentsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipParentsAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipParentsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipParentsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipParentsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipPartnershipParentsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipParentsEdgeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipParentsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipParentsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipParentsNodeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipParentsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipReplacedByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipReplacedByAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipReplacedByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipReplacedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipReplacedByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipPartnershipReplacedByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipReplacedByEdgeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipReplacedByEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipReplacedByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipReplacedByNodeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipReplacedByNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipSubGroupsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipSubGroupsAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipSubGroupsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipSubGroupsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipPartnershipSubGroupsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipPartnershipSubGroupsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipSubGroupsEdgeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipSubGroupsEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipPartnershipSubGroupsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipPartnershipSubGroupsNodeAggregateSelection'] = ResolversParentTypes['PartnershipPartnershipSubGroupsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipRef'] = ResolversParentTypes['PartnershipRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statutory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnershipReplacedByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipReplacedByConnection'] = ResolversParentTypes['PartnershipReplacedByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipPartnershipReplacedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipReplacedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipReplacedByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipReplacedByRelationship'] = ResolversParentTypes['PartnershipReplacedByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type PartnershipServiceServicesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipServiceServicesAggregateSelection'] = ResolversParentTypes['PartnershipServiceServicesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipServiceServicesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipServiceServicesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipServiceServicesNodeAggregateSelection'] = ResolversParentTypes['PartnershipServiceServicesNodeAggregateSelection']> = ResolversObject<{
  esdLabel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  esdStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  govukDescription?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  providingTier?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipServicesConnection'] = ResolversParentTypes['PartnershipServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipServiceServicesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipServicesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipServicesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipServicesRelationship'] = ResolversParentTypes['PartnershipServicesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type PartnershipSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSourceSourcesAggregateSelection'] = ResolversParentTypes['PartnershipSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PartnershipSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PartnershipSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type PartnershipSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['PartnershipSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['PartnershipSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type PartnershipSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSourcesConnection'] = ResolversParentTypes['PartnershipSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSourcesRelationship'] = ResolversParentTypes['PartnershipSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type PartnershipSubGroupsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSubGroupsConnection'] = ResolversParentTypes['PartnershipSubGroupsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipPartnershipSubGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipSubGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipSubGroupsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipSubGroupsRelationship'] = ResolversParentTypes['PartnershipSubGroupsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type PartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipsConnection'] = ResolversParentTypes['PartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['PartnershipAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
}>;

export type PooledBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PooledBudget'] = ResolversParentTypes['PooledBudget']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PostcodeAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostcodeAnswer'] = ResolversParentTypes['PostcodeAnswer']> = ResolversObject<{
  bodies?: Resolver<Array<ResolversTypes['PostcodeBody']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
}>;

export type PostcodeBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostcodeBody'] = ResolversParentTypes['PostcodeBody']> = ResolversObject<{
  body?: Resolver<ResolversTypes['BodyRef'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['PostcodeRelationship'], ParentType, ContextType>;
}>;

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['AuthorityRef'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  deliveredBy?: Resolver<Array<ResolversTypes['DeliveringBody']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  authorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<QueryAuthoritiesArgs>>;
  authoritiesConnection?: Resolver<ResolversTypes['AuthoritiesConnection'], ParentType, ContextType, Partial<QueryAuthoritiesConnectionArgs>>;
  changes?: Resolver<ResolversTypes['Changes'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'area' | 'from' | 'to'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, Partial<QueryConflictsArgs>>;
  conflictsConnection?: Resolver<ResolversTypes['ConflictsConnection'], ParentType, ContextType, Partial<QueryConflictsConnectionArgs>>;
  fundingFlows?: Resolver<ResolversTypes['FundingFlows'], ParentType, ContextType, Partial<QueryFundingFlowsArgs>>;
  fundingFlowsConnection?: Resolver<ResolversTypes['FundingFlowsConnection'], ParentType, ContextType, Partial<QueryFundingFlowsConnectionArgs>>;
  fundingStreams?: Resolver<Array<ResolversTypes['FundingStream']>, ParentType, ContextType, Partial<QueryFundingStreamsArgs>>;
  fundingStreamsConnection?: Resolver<ResolversTypes['FundingStreamsConnection'], ParentType, ContextType, Partial<QueryFundingStreamsConnectionArgs>>;
  fundingSummary?: Resolver<ResolversTypes['FundingSummary'], ParentType, ContextType, RequireFields<QueryFundingSummaryArgs, 'area' | 'year'>>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType, Partial<QueryMembersArgs>>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType, Partial<QueryNotesArgs>>;
  notesConnection?: Resolver<ResolversTypes['NotesConnection'], ParentType, ContextType, Partial<QueryNotesConnectionArgs>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  organisationsConnection?: Resolver<ResolversTypes['OrganisationsConnection'], ParentType, ContextType, Partial<QueryOrganisationsConnectionArgs>>;
  parishes?: Resolver<Array<ResolversTypes['Parish']>, ParentType, ContextType, Partial<QueryParishesArgs>>;
  parishesConnection?: Resolver<ResolversTypes['ParishesConnection'], ParentType, ContextType, Partial<QueryParishesConnectionArgs>>;
  partnershipOverlap?: Resolver<ResolversTypes['PartnershipOverlap'], ParentType, ContextType, Partial<QueryPartnershipOverlapArgs>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<QueryPartnershipsArgs>>;
  partnershipsConnection?: Resolver<ResolversTypes['PartnershipsConnection'], ParentType, ContextType, Partial<QueryPartnershipsConnectionArgs>>;
  postcode?: Resolver<ResolversTypes['PostcodeAnswer'], ParentType, ContextType, RequireFields<QueryPostcodeArgs, 'code'>>;
  rationalisationScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<QueryRationalisationScenarioArgs, 'by' | 'subsume'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<QueryServicesArgs>>;
  servicesConnection?: Resolver<ResolversTypes['ServicesConnection'], ParentType, ContextType, Partial<QueryServicesConnectionArgs>>;
  servicesOf?: Resolver<ResolversTypes['AuthorityServices'], ParentType, ContextType, RequireFields<QueryServicesOfArgs, 'authority'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourcesConnection'], ParentType, ContextType, Partial<QuerySourcesConnectionArgs>>;
  subsumptionCandidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType, RequireFields<QuerySubsumptionCandidatesArgs, 'by'>>;
  tierMatrix?: Resolver<ResolversTypes['TierMatrix'], ParentType, ContextType, Partial<QueryTierMatrixArgs>>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, Partial<QueryTiersArgs>>;
  tiersConnection?: Resolver<ResolversTypes['TiersConnection'], ParentType, ContextType, Partial<QueryTiersConnectionArgs>>;
  unparishedAreas?: Resolver<Array<ResolversTypes['UnparishedArea']>, ParentType, ContextType, Partial<QueryUnparishedAreasArgs>>;
  unparishedAreasConnection?: Resolver<ResolversTypes['UnparishedAreasConnection'], ParentType, ContextType, Partial<QueryUnparishedAreasConnectionArgs>>;
  whoDelivers?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryWhoDeliversArgs, 'place' | 'service'>>;
}>;

export type ResponsibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Responsibility'] = ResolversParentTypes['Responsibility']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToCite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScenarioResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = ResolversObject<{
  after?: Resolver<ResolversTypes['ScenarioFigures'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['ScenarioFigures'], ParentType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  budgetsPooled?: Resolver<Array<ResolversTypes['PooledBudget']>, ParentType, ContextType>;
  budgetsWithoutAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['BodyRef'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newMembersOfBroaderBody?: Resolver<Array<ResolversTypes['BodyRef']>, ParentType, ContextType>;
  notInArea?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pooledTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seatsFreed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicesChangingGovernance?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  subsumed?: Resolver<Array<ResolversTypes['PartnershipRef']>, ParentType, ContextType>;
}>;

export type ScenarioFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioFigures'] = ResolversParentTypes['ScenarioFigures']> = ResolversObject<{
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  typeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveredBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<ServiceDeliveredByArgs>>;
  deliveredByConnection?: Resolver<ResolversTypes['ServiceDeliveredByConnection'], ParentType, ContextType, Partial<ServiceDeliveredByConnectionArgs>>;
  esdLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  esdStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  govukDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<ServicePartnershipsArgs>>;
  partnershipsConnection?: Resolver<ResolversTypes['ServicePartnershipsConnection'], ParentType, ContextType, Partial<ServicePartnershipsConnectionArgs>>;
  providingTier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, Partial<ServiceTiersArgs>>;
  tiersConnection?: Resolver<ResolversTypes['ServiceTiersConnection'], ParentType, ContextType, Partial<ServiceTiersConnectionArgs>>;
}>;

export type ServiceAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAggregate'] = ResolversParentTypes['ServiceAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceAggregateNode'], ParentType, ContextType>;
}>;

export type ServiceAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceAggregateNode'] = ResolversParentTypes['ServiceAggregateNode']> = ResolversObject<{
  esdLabel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  esdStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  govukDescription?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  providingTier?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceDeliveredByConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceDeliveredByConnection'] = ResolversParentTypes['ServiceDeliveredByConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceOrganisationDeliveredByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceDeliveredByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceDeliveredByRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceDeliveredByRelationship'] = ResolversParentTypes['ServiceDeliveredByRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceGroup'] = ResolversParentTypes['ServiceGroup']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceResponsibility']>, ParentType, ContextType>;
}>;

export type ServiceOrganisationDeliveredByAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOrganisationDeliveredByAggregateSelection'] = ResolversParentTypes['ServiceOrganisationDeliveredByAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceOrganisationDeliveredByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceOrganisationDeliveredByNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceOrganisationDeliveredByEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOrganisationDeliveredByEdgeAggregateSelection'] = ResolversParentTypes['ServiceOrganisationDeliveredByEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceOrganisationDeliveredByNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOrganisationDeliveredByNodeAggregateSelection'] = ResolversParentTypes['ServiceOrganisationDeliveredByNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServicePartnershipPartnershipsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePartnershipPartnershipsAggregateSelection'] = ResolversParentTypes['ServicePartnershipPartnershipsAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServicePartnershipPartnershipsNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServicePartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePartnershipPartnershipsNodeAggregateSelection'] = ResolversParentTypes['ServicePartnershipPartnershipsNodeAggregateSelection']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServicePartnershipsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePartnershipsConnection'] = ResolversParentTypes['ServicePartnershipsConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServicePartnershipPartnershipsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServicePartnershipsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServicePartnershipsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePartnershipsRelationship'] = ResolversParentTypes['ServicePartnershipsRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
}>;

export type ServiceResponsibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceResponsibility'] = ResolversParentTypes['ServiceResponsibility']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['Validity'], ParentType, ContextType>;
}>;

export type ServiceTierTiersAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceTierTiersAggregateSelection'] = ResolversParentTypes['ServiceTierTiersAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ServiceTierTiersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServiceTierTiersNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type ServiceTierTiersEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceTierTiersEdgeAggregateSelection'] = ResolversParentTypes['ServiceTierTiersEdgeAggregateSelection']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  heldFrom?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceTierTiersNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceTierTiersNodeAggregateSelection'] = ResolversParentTypes['ServiceTierTiersNodeAggregateSelection']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type ServiceTiersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceTiersConnection'] = ResolversParentTypes['ServiceTiersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceTierTiersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceTiersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceTiersRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceTiersRelationship'] = ResolversParentTypes['ServiceTiersRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
}>;

export type ServicesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicesConnection'] = ResolversParentTypes['ServicesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['ServiceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vintage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceAggregate'] = ResolversParentTypes['SourceAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceAggregateNode'], ParentType, ContextType>;
}>;

export type SourceAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceAggregateNode'] = ResolversParentTypes['SourceAggregateNode']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SourceRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceRef'] = ResolversParentTypes['SourceRef']> = ResolversObject<{
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcesConnection'] = ResolversParentTypes['SourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['SourceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatedTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatedTotal'] = ResolversParentTypes['StatedTotal']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StringAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = ResolversObject<{
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SuccessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type TierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier']> = ResolversObject<{
  authorities?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<TierAuthoritiesArgs>>;
  authoritiesConnection?: Resolver<ResolversTypes['TierAuthoritiesConnection'], ParentType, ContextType, Partial<TierAuthoritiesConnectionArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<TierResponsibilitiesArgs>>;
  responsibilitiesConnection?: Resolver<ResolversTypes['TierResponsibilitiesConnection'], ParentType, ContextType, Partial<TierResponsibilitiesConnectionArgs>>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TierAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAggregate'] = ResolversParentTypes['TierAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TierAggregateNode'], ParentType, ContextType>;
}>;

export type TierAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAggregateNode'] = ResolversParentTypes['TierAggregateNode']> = ResolversObject<{
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TierAuthoritiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAuthoritiesConnection'] = ResolversParentTypes['TierAuthoritiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TierAuthorityAuthoritiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TierAuthoritiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TierAuthoritiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAuthoritiesRelationship'] = ResolversParentTypes['TierAuthoritiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type TierAuthorityAuthoritiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAuthorityAuthoritiesAggregateSelection'] = ResolversParentTypes['TierAuthorityAuthoritiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TierAuthorityAuthoritiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type TierAuthorityAuthoritiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierAuthorityAuthoritiesNodeAggregateSelection'] = ResolversParentTypes['TierAuthorityAuthoritiesNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TierEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierEdge'] = ResolversParentTypes['TierEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type TierMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierMatrix'] = ResolversParentTypes['TierMatrix']> = ResolversObject<{
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TierMatrixRow']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
}>;

export type TierMatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierMatrixCell'] = ResolversParentTypes['TierMatrixCell']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
}>;

export type TierMatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierMatrixRow'] = ResolversParentTypes['TierMatrixRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['TierMatrixCell']>, ParentType, ContextType>;
  providingTier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
}>;

export type TierResponsibilitiesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierResponsibilitiesConnection'] = ResolversParentTypes['TierResponsibilitiesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TierServiceResponsibilitiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TierResponsibilitiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TierResponsibilitiesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierResponsibilitiesRelationship'] = ResolversParentTypes['TierResponsibilitiesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
}>;

export type TierServiceResponsibilitiesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierServiceResponsibilitiesAggregateSelection'] = ResolversParentTypes['TierServiceResponsibilitiesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TierServiceResponsibilitiesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TierServiceResponsibilitiesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type TierServiceResponsibilitiesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierServiceResponsibilitiesEdgeAggregateSelection'] = ResolversParentTypes['TierServiceResponsibilitiesEdgeAggregateSelection']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  heldFrom?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validFromSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToCite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validToSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TierServiceResponsibilitiesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierServiceResponsibilitiesNodeAggregateSelection'] = ResolversParentTypes['TierServiceResponsibilitiesNodeAggregateSelection']> = ResolversObject<{
  esdLabel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  esdStatus?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  govukDescription?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  providingTier?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type TierStreamTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierStreamTotal'] = ResolversParentTypes['TierStreamTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TiersConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TiersConnection'] = ResolversParentTypes['TiersConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['TierAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TwoTierSplitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TwoTierSplit'] = ResolversParentTypes['TwoTierSplit']> = ResolversObject<{
  expectedLowerTierShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lowerTier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowerTierShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ruleApplies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upperTier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UnparishedAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedArea'] = ResolversParentTypes['UnparishedArea']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<UnparishedAreaSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['UnparishedAreaSourcesConnection'], ParentType, ContextType, Partial<UnparishedAreaSourcesConnectionArgs>>;
  within?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<UnparishedAreaWithinArgs>>;
  withinConnection?: Resolver<ResolversTypes['UnparishedAreaWithinConnection'], ParentType, ContextType, Partial<UnparishedAreaWithinConnectionArgs>>;
}>;

export type UnparishedAreaAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaAggregate'] = ResolversParentTypes['UnparishedAreaAggregate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnparishedAreaAggregateNode'], ParentType, ContextType>;
}>;

export type UnparishedAreaAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaAggregateNode'] = ResolversParentTypes['UnparishedAreaAggregateNode']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type UnparishedAreaAuthorityWithinAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaAuthorityWithinAggregateSelection'] = ResolversParentTypes['UnparishedAreaAuthorityWithinAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['UnparishedAreaAuthorityWithinEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['UnparishedAreaAuthorityWithinNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type UnparishedAreaAuthorityWithinEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaAuthorityWithinEdgeAggregateSelection'] = ResolversParentTypes['UnparishedAreaAuthorityWithinEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type UnparishedAreaAuthorityWithinNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaAuthorityWithinNodeAggregateSelection'] = ResolversParentTypes['UnparishedAreaAuthorityWithinNodeAggregateSelection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  registryCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type UnparishedAreaEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaEdge'] = ResolversParentTypes['UnparishedAreaEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnparishedArea'], ParentType, ContextType>;
}>;

export type UnparishedAreaSourceSourcesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaSourceSourcesAggregateSelection'] = ResolversParentTypes['UnparishedAreaSourceSourcesAggregateSelection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['UnparishedAreaSourceSourcesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['UnparishedAreaSourceSourcesNodeAggregateSelection']>, ParentType, ContextType>;
}>;

export type UnparishedAreaSourceSourcesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaSourceSourcesEdgeAggregateSelection'] = ResolversParentTypes['UnparishedAreaSourceSourcesEdgeAggregateSelection']> = ResolversObject<{
  cite?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type UnparishedAreaSourceSourcesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaSourceSourcesNodeAggregateSelection'] = ResolversParentTypes['UnparishedAreaSourceSourcesNodeAggregateSelection']> = ResolversObject<{
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vintage?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
}>;

export type UnparishedAreaSourcesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaSourcesConnection'] = ResolversParentTypes['UnparishedAreaSourcesConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['UnparishedAreaSourceSourcesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UnparishedAreaSourcesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnparishedAreaSourcesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaSourcesRelationship'] = ResolversParentTypes['UnparishedAreaSourcesRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
}>;

export type UnparishedAreaWithinConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaWithinConnection'] = ResolversParentTypes['UnparishedAreaWithinConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['UnparishedAreaAuthorityWithinAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UnparishedAreaWithinRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnparishedAreaWithinRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreaWithinRelationship'] = ResolversParentTypes['UnparishedAreaWithinRelationship']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Dated'], ParentType, ContextType>;
}>;

export type UnparishedAreasConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnparishedAreasConnection'] = ResolversParentTypes['UnparishedAreasConnection']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['UnparishedAreaAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UnparishedAreaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UpdateInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateInfo'] = ResolversParentTypes['UpdateInfo']> = ResolversObject<{
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UpdateNotesMutationResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateNotesMutationResponse'] = ResolversParentTypes['UpdateNotesMutationResponse']> = ResolversObject<{
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AuthoritiesConnection?: AuthoritiesConnectionResolvers<ContextType>;
  Authority?: AuthorityResolvers<ContextType>;
  AuthorityAggregate?: AuthorityAggregateResolvers<ContextType>;
  AuthorityAggregateNode?: AuthorityAggregateNodeResolvers<ContextType>;
  AuthorityAuthorityChildrenAggregateSelection?: AuthorityAuthorityChildrenAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityChildrenEdgeAggregateSelection?: AuthorityAuthorityChildrenEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityChildrenNodeAggregateSelection?: AuthorityAuthorityChildrenNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityCombinedAuthoritiesAggregateSelection?: AuthorityAuthorityCombinedAuthoritiesAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelection?: AuthorityAuthorityCombinedAuthoritiesEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelection?: AuthorityAuthorityCombinedAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityConstituentsAggregateSelection?: AuthorityAuthorityConstituentsAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityConstituentsEdgeAggregateSelection?: AuthorityAuthorityConstituentsEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityConstituentsNodeAggregateSelection?: AuthorityAuthorityConstituentsNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityFireAuthoritiesAggregateSelection?: AuthorityAuthorityFireAuthoritiesAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityFireAuthoritiesEdgeAggregateSelection?: AuthorityAuthorityFireAuthoritiesEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityFireAuthoritiesNodeAggregateSelection?: AuthorityAuthorityFireAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedAggregateSelection?: AuthorityAuthorityReplacedAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedByAggregateSelection?: AuthorityAuthorityReplacedByAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedByEdgeAggregateSelection?: AuthorityAuthorityReplacedByEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedByNodeAggregateSelection?: AuthorityAuthorityReplacedByNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedEdgeAggregateSelection?: AuthorityAuthorityReplacedEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityReplacedNodeAggregateSelection?: AuthorityAuthorityReplacedNodeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityWithinAggregateSelection?: AuthorityAuthorityWithinAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityWithinEdgeAggregateSelection?: AuthorityAuthorityWithinEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityAuthorityWithinNodeAggregateSelection?: AuthorityAuthorityWithinNodeAggregateSelectionResolvers<ContextType>;
  AuthorityChildrenConnection?: AuthorityChildrenConnectionResolvers<ContextType>;
  AuthorityChildrenRelationship?: AuthorityChildrenRelationshipResolvers<ContextType>;
  AuthorityCombinedAuthoritiesConnection?: AuthorityCombinedAuthoritiesConnectionResolvers<ContextType>;
  AuthorityCombinedAuthoritiesRelationship?: AuthorityCombinedAuthoritiesRelationshipResolvers<ContextType>;
  AuthorityConflictConflictsAggregateSelection?: AuthorityConflictConflictsAggregateSelectionResolvers<ContextType>;
  AuthorityConflictConflictsEdgeAggregateSelection?: AuthorityConflictConflictsEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityConflictConflictsNodeAggregateSelection?: AuthorityConflictConflictsNodeAggregateSelectionResolvers<ContextType>;
  AuthorityConflictsConnection?: AuthorityConflictsConnectionResolvers<ContextType>;
  AuthorityConflictsRelationship?: AuthorityConflictsRelationshipResolvers<ContextType>;
  AuthorityConstituentsConnection?: AuthorityConstituentsConnectionResolvers<ContextType>;
  AuthorityConstituentsRelationship?: AuthorityConstituentsRelationshipResolvers<ContextType>;
  AuthorityEdge?: AuthorityEdgeResolvers<ContextType>;
  AuthorityFireAuthoritiesConnection?: AuthorityFireAuthoritiesConnectionResolvers<ContextType>;
  AuthorityFireAuthoritiesRelationship?: AuthorityFireAuthoritiesRelationshipResolvers<ContextType>;
  AuthorityFundingFlowFundingPaidAggregateSelection?: AuthorityFundingFlowFundingPaidAggregateSelectionResolvers<ContextType>;
  AuthorityFundingFlowFundingPaidNodeAggregateSelection?: AuthorityFundingFlowFundingPaidNodeAggregateSelectionResolvers<ContextType>;
  AuthorityFundingFlowFundingReceivedAggregateSelection?: AuthorityFundingFlowFundingReceivedAggregateSelectionResolvers<ContextType>;
  AuthorityFundingFlowFundingReceivedNodeAggregateSelection?: AuthorityFundingFlowFundingReceivedNodeAggregateSelectionResolvers<ContextType>;
  AuthorityFundingPaidConnection?: AuthorityFundingPaidConnectionResolvers<ContextType>;
  AuthorityFundingPaidRelationship?: AuthorityFundingPaidRelationshipResolvers<ContextType>;
  AuthorityFundingReceivedConnection?: AuthorityFundingReceivedConnectionResolvers<ContextType>;
  AuthorityFundingReceivedRelationship?: AuthorityFundingReceivedRelationshipResolvers<ContextType>;
  AuthorityParishParishesAggregateSelection?: AuthorityParishParishesAggregateSelectionResolvers<ContextType>;
  AuthorityParishParishesEdgeAggregateSelection?: AuthorityParishParishesEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityParishParishesNodeAggregateSelection?: AuthorityParishParishesNodeAggregateSelectionResolvers<ContextType>;
  AuthorityParishesConnection?: AuthorityParishesConnectionResolvers<ContextType>;
  AuthorityParishesRelationship?: AuthorityParishesRelationshipResolvers<ContextType>;
  AuthorityPartnershipPartnershipsAggregateSelection?: AuthorityPartnershipPartnershipsAggregateSelectionResolvers<ContextType>;
  AuthorityPartnershipPartnershipsEdgeAggregateSelection?: AuthorityPartnershipPartnershipsEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityPartnershipPartnershipsNodeAggregateSelection?: AuthorityPartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType>;
  AuthorityPartnershipsConnection?: AuthorityPartnershipsConnectionResolvers<ContextType>;
  AuthorityPartnershipsRelationship?: AuthorityPartnershipsRelationshipResolvers<ContextType>;
  AuthorityRef?: AuthorityRefResolvers<ContextType>;
  AuthorityReplacedByConnection?: AuthorityReplacedByConnectionResolvers<ContextType>;
  AuthorityReplacedByRelationship?: AuthorityReplacedByRelationshipResolvers<ContextType>;
  AuthorityReplacedConnection?: AuthorityReplacedConnectionResolvers<ContextType>;
  AuthorityReplacedRelationship?: AuthorityReplacedRelationshipResolvers<ContextType>;
  AuthorityServices?: AuthorityServicesResolvers<ContextType>;
  AuthoritySourceSourcesAggregateSelection?: AuthoritySourceSourcesAggregateSelectionResolvers<ContextType>;
  AuthoritySourceSourcesEdgeAggregateSelection?: AuthoritySourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  AuthoritySourceSourcesNodeAggregateSelection?: AuthoritySourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  AuthoritySourcesConnection?: AuthoritySourcesConnectionResolvers<ContextType>;
  AuthoritySourcesRelationship?: AuthoritySourcesRelationshipResolvers<ContextType>;
  AuthorityTierTiersAggregateSelection?: AuthorityTierTiersAggregateSelectionResolvers<ContextType>;
  AuthorityTierTiersNodeAggregateSelection?: AuthorityTierTiersNodeAggregateSelectionResolvers<ContextType>;
  AuthorityTiersConnection?: AuthorityTiersConnectionResolvers<ContextType>;
  AuthorityTiersRelationship?: AuthorityTiersRelationshipResolvers<ContextType>;
  AuthorityUnparishedAreaUnparishedAreasAggregateSelection?: AuthorityUnparishedAreaUnparishedAreasAggregateSelectionResolvers<ContextType>;
  AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelection?: AuthorityUnparishedAreaUnparishedAreasEdgeAggregateSelectionResolvers<ContextType>;
  AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelection?: AuthorityUnparishedAreaUnparishedAreasNodeAggregateSelectionResolvers<ContextType>;
  AuthorityUnparishedAreasConnection?: AuthorityUnparishedAreasConnectionResolvers<ContextType>;
  AuthorityUnparishedAreasRelationship?: AuthorityUnparishedAreasRelationshipResolvers<ContextType>;
  AuthorityWithinConnection?: AuthorityWithinConnectionResolvers<ContextType>;
  AuthorityWithinRelationship?: AuthorityWithinRelationshipResolvers<ContextType>;
  BodyRef?: BodyRefResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Changes?: ChangesResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictAboutConnection?: ConflictAboutConnectionResolvers<ContextType>;
  ConflictAboutRelationship?: ConflictAboutRelationshipResolvers<ContextType>;
  ConflictAggregate?: ConflictAggregateResolvers<ContextType>;
  ConflictAggregateNode?: ConflictAggregateNodeResolvers<ContextType>;
  ConflictAuthorityAboutAggregateSelection?: ConflictAuthorityAboutAggregateSelectionResolvers<ContextType>;
  ConflictAuthorityAboutEdgeAggregateSelection?: ConflictAuthorityAboutEdgeAggregateSelectionResolvers<ContextType>;
  ConflictAuthorityAboutNodeAggregateSelection?: ConflictAuthorityAboutNodeAggregateSelectionResolvers<ContextType>;
  ConflictEdge?: ConflictEdgeResolvers<ContextType>;
  ConflictSourceSourcesAggregateSelection?: ConflictSourceSourcesAggregateSelectionResolvers<ContextType>;
  ConflictSourceSourcesEdgeAggregateSelection?: ConflictSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  ConflictSourceSourcesNodeAggregateSelection?: ConflictSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  ConflictSourcesConnection?: ConflictSourcesConnectionResolvers<ContextType>;
  ConflictSourcesRelationship?: ConflictSourcesRelationshipResolvers<ContextType>;
  ConflictsConnection?: ConflictsConnectionResolvers<ContextType>;
  Constituency?: ConstituencyResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  CreateInfo?: CreateInfoResolvers<ContextType>;
  CreateNotesMutationResponse?: CreateNotesMutationResponseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  Dated?: DatedResolvers<ContextType>;
  DeleteInfo?: DeleteInfoResolvers<ContextType>;
  DeliveringBody?: DeliveringBodyResolvers<ContextType>;
  Delivery?: DeliveryResolvers<ContextType>;
  FloatAggregateSelection?: FloatAggregateSelectionResolvers<ContextType>;
  FlowRow?: FlowRowResolvers<ContextType>;
  FundingDifference?: FundingDifferenceResolvers<ContextType>;
  FundingFlow?: FundingFlowResolvers<ContextType>;
  FundingFlowAggregate?: FundingFlowAggregateResolvers<ContextType>;
  FundingFlowAggregateNode?: FundingFlowAggregateNodeResolvers<ContextType>;
  FundingFlowAuthorityFromAuthoritiesAggregateSelection?: FundingFlowAuthorityFromAuthoritiesAggregateSelectionResolvers<ContextType>;
  FundingFlowAuthorityFromAuthoritiesNodeAggregateSelection?: FundingFlowAuthorityFromAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowAuthorityToAuthoritiesAggregateSelection?: FundingFlowAuthorityToAuthoritiesAggregateSelectionResolvers<ContextType>;
  FundingFlowAuthorityToAuthoritiesNodeAggregateSelection?: FundingFlowAuthorityToAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowEdge?: FundingFlowEdgeResolvers<ContextType>;
  FundingFlowFromAuthoritiesConnection?: FundingFlowFromAuthoritiesConnectionResolvers<ContextType>;
  FundingFlowFromAuthoritiesRelationship?: FundingFlowFromAuthoritiesRelationshipResolvers<ContextType>;
  FundingFlowFromOrganisationsConnection?: FundingFlowFromOrganisationsConnectionResolvers<ContextType>;
  FundingFlowFromOrganisationsRelationship?: FundingFlowFromOrganisationsRelationshipResolvers<ContextType>;
  FundingFlowFundingStreamStreamsAggregateSelection?: FundingFlowFundingStreamStreamsAggregateSelectionResolvers<ContextType>;
  FundingFlowFundingStreamStreamsNodeAggregateSelection?: FundingFlowFundingStreamStreamsNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowOrganisationFromOrganisationsAggregateSelection?: FundingFlowOrganisationFromOrganisationsAggregateSelectionResolvers<ContextType>;
  FundingFlowOrganisationFromOrganisationsNodeAggregateSelection?: FundingFlowOrganisationFromOrganisationsNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowOrganisationToOrganisationsAggregateSelection?: FundingFlowOrganisationToOrganisationsAggregateSelectionResolvers<ContextType>;
  FundingFlowOrganisationToOrganisationsNodeAggregateSelection?: FundingFlowOrganisationToOrganisationsNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowPartnershipToPartnershipsAggregateSelection?: FundingFlowPartnershipToPartnershipsAggregateSelectionResolvers<ContextType>;
  FundingFlowPartnershipToPartnershipsNodeAggregateSelection?: FundingFlowPartnershipToPartnershipsNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowSourceSourcesAggregateSelection?: FundingFlowSourceSourcesAggregateSelectionResolvers<ContextType>;
  FundingFlowSourceSourcesEdgeAggregateSelection?: FundingFlowSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  FundingFlowSourceSourcesNodeAggregateSelection?: FundingFlowSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  FundingFlowSourcesConnection?: FundingFlowSourcesConnectionResolvers<ContextType>;
  FundingFlowSourcesRelationship?: FundingFlowSourcesRelationshipResolvers<ContextType>;
  FundingFlowStreamsConnection?: FundingFlowStreamsConnectionResolvers<ContextType>;
  FundingFlowStreamsRelationship?: FundingFlowStreamsRelationshipResolvers<ContextType>;
  FundingFlowToAuthoritiesConnection?: FundingFlowToAuthoritiesConnectionResolvers<ContextType>;
  FundingFlowToAuthoritiesRelationship?: FundingFlowToAuthoritiesRelationshipResolvers<ContextType>;
  FundingFlowToOrganisationsConnection?: FundingFlowToOrganisationsConnectionResolvers<ContextType>;
  FundingFlowToOrganisationsRelationship?: FundingFlowToOrganisationsRelationshipResolvers<ContextType>;
  FundingFlowToPartnershipsConnection?: FundingFlowToPartnershipsConnectionResolvers<ContextType>;
  FundingFlowToPartnershipsRelationship?: FundingFlowToPartnershipsRelationshipResolvers<ContextType>;
  FundingFlows?: FundingFlowsResolvers<ContextType>;
  FundingFlowsConnection?: FundingFlowsConnectionResolvers<ContextType>;
  FundingStream?: FundingStreamResolvers<ContextType>;
  FundingStreamAggregate?: FundingStreamAggregateResolvers<ContextType>;
  FundingStreamAggregateNode?: FundingStreamAggregateNodeResolvers<ContextType>;
  FundingStreamEdge?: FundingStreamEdgeResolvers<ContextType>;
  FundingStreamFlowsConnection?: FundingStreamFlowsConnectionResolvers<ContextType>;
  FundingStreamFlowsRelationship?: FundingStreamFlowsRelationshipResolvers<ContextType>;
  FundingStreamFundingFlowFlowsAggregateSelection?: FundingStreamFundingFlowFlowsAggregateSelectionResolvers<ContextType>;
  FundingStreamFundingFlowFlowsNodeAggregateSelection?: FundingStreamFundingFlowFlowsNodeAggregateSelectionResolvers<ContextType>;
  FundingStreamRef?: FundingStreamRefResolvers<ContextType>;
  FundingStreamsConnection?: FundingStreamsConnectionResolvers<ContextType>;
  FundingSummary?: FundingSummaryResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NodeRef?: NodeRefResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteAggregate?: NoteAggregateResolvers<ContextType>;
  NoteAggregateNode?: NoteAggregateNodeResolvers<ContextType>;
  NoteAuthoritiesConnection?: NoteAuthoritiesConnectionResolvers<ContextType>;
  NoteAuthoritiesRelationship?: NoteAuthoritiesRelationshipResolvers<ContextType>;
  NoteAuthorityAuthoritiesAggregateSelection?: NoteAuthorityAuthoritiesAggregateSelectionResolvers<ContextType>;
  NoteAuthorityAuthoritiesNodeAggregateSelection?: NoteAuthorityAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  NoteParishParishesAggregateSelection?: NoteParishParishesAggregateSelectionResolvers<ContextType>;
  NoteParishParishesNodeAggregateSelection?: NoteParishParishesNodeAggregateSelectionResolvers<ContextType>;
  NoteParishesConnection?: NoteParishesConnectionResolvers<ContextType>;
  NoteParishesRelationship?: NoteParishesRelationshipResolvers<ContextType>;
  NotePartnershipPartnershipsAggregateSelection?: NotePartnershipPartnershipsAggregateSelectionResolvers<ContextType>;
  NotePartnershipPartnershipsNodeAggregateSelection?: NotePartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType>;
  NotePartnershipsConnection?: NotePartnershipsConnectionResolvers<ContextType>;
  NotePartnershipsRelationship?: NotePartnershipsRelationshipResolvers<ContextType>;
  NoteServiceServicesAggregateSelection?: NoteServiceServicesAggregateSelectionResolvers<ContextType>;
  NoteServiceServicesNodeAggregateSelection?: NoteServiceServicesNodeAggregateSelectionResolvers<ContextType>;
  NoteServicesConnection?: NoteServicesConnectionResolvers<ContextType>;
  NoteServicesRelationship?: NoteServicesRelationshipResolvers<ContextType>;
  NotesConnection?: NotesConnectionResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationAggregate?: OrganisationAggregateResolvers<ContextType>;
  OrganisationAggregateNode?: OrganisationAggregateNodeResolvers<ContextType>;
  OrganisationDeliversConnection?: OrganisationDeliversConnectionResolvers<ContextType>;
  OrganisationDeliversRelationship?: OrganisationDeliversRelationshipResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationFundingFlowFundingPaidAggregateSelection?: OrganisationFundingFlowFundingPaidAggregateSelectionResolvers<ContextType>;
  OrganisationFundingFlowFundingPaidNodeAggregateSelection?: OrganisationFundingFlowFundingPaidNodeAggregateSelectionResolvers<ContextType>;
  OrganisationFundingPaidConnection?: OrganisationFundingPaidConnectionResolvers<ContextType>;
  OrganisationFundingPaidRelationship?: OrganisationFundingPaidRelationshipResolvers<ContextType>;
  OrganisationPartnershipPartnershipsAggregateSelection?: OrganisationPartnershipPartnershipsAggregateSelectionResolvers<ContextType>;
  OrganisationPartnershipPartnershipsEdgeAggregateSelection?: OrganisationPartnershipPartnershipsEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPartnershipPartnershipsNodeAggregateSelection?: OrganisationPartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPartnershipsConnection?: OrganisationPartnershipsConnectionResolvers<ContextType>;
  OrganisationPartnershipsRelationship?: OrganisationPartnershipsRelationshipResolvers<ContextType>;
  OrganisationServiceDeliversAggregateSelection?: OrganisationServiceDeliversAggregateSelectionResolvers<ContextType>;
  OrganisationServiceDeliversEdgeAggregateSelection?: OrganisationServiceDeliversEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationServiceDeliversNodeAggregateSelection?: OrganisationServiceDeliversNodeAggregateSelectionResolvers<ContextType>;
  OrganisationSourceSourcesAggregateSelection?: OrganisationSourceSourcesAggregateSelectionResolvers<ContextType>;
  OrganisationSourceSourcesEdgeAggregateSelection?: OrganisationSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationSourceSourcesNodeAggregateSelection?: OrganisationSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  OrganisationSourcesConnection?: OrganisationSourcesConnectionResolvers<ContextType>;
  OrganisationSourcesRelationship?: OrganisationSourcesRelationshipResolvers<ContextType>;
  OrganisationsConnection?: OrganisationsConnectionResolvers<ContextType>;
  OverlapPair?: OverlapPairResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Parish?: ParishResolvers<ContextType>;
  ParishAggregate?: ParishAggregateResolvers<ContextType>;
  ParishAggregateNode?: ParishAggregateNodeResolvers<ContextType>;
  ParishAuthorityWithinAggregateSelection?: ParishAuthorityWithinAggregateSelectionResolvers<ContextType>;
  ParishAuthorityWithinEdgeAggregateSelection?: ParishAuthorityWithinEdgeAggregateSelectionResolvers<ContextType>;
  ParishAuthorityWithinNodeAggregateSelection?: ParishAuthorityWithinNodeAggregateSelectionResolvers<ContextType>;
  ParishEdge?: ParishEdgeResolvers<ContextType>;
  ParishParishReplacedAggregateSelection?: ParishParishReplacedAggregateSelectionResolvers<ContextType>;
  ParishParishReplacedByAggregateSelection?: ParishParishReplacedByAggregateSelectionResolvers<ContextType>;
  ParishParishReplacedByEdgeAggregateSelection?: ParishParishReplacedByEdgeAggregateSelectionResolvers<ContextType>;
  ParishParishReplacedByNodeAggregateSelection?: ParishParishReplacedByNodeAggregateSelectionResolvers<ContextType>;
  ParishParishReplacedEdgeAggregateSelection?: ParishParishReplacedEdgeAggregateSelectionResolvers<ContextType>;
  ParishParishReplacedNodeAggregateSelection?: ParishParishReplacedNodeAggregateSelectionResolvers<ContextType>;
  ParishReplacedByConnection?: ParishReplacedByConnectionResolvers<ContextType>;
  ParishReplacedByRelationship?: ParishReplacedByRelationshipResolvers<ContextType>;
  ParishReplacedConnection?: ParishReplacedConnectionResolvers<ContextType>;
  ParishReplacedRelationship?: ParishReplacedRelationshipResolvers<ContextType>;
  ParishSourceSourcesAggregateSelection?: ParishSourceSourcesAggregateSelectionResolvers<ContextType>;
  ParishSourceSourcesEdgeAggregateSelection?: ParishSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  ParishSourceSourcesNodeAggregateSelection?: ParishSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  ParishSourcesConnection?: ParishSourcesConnectionResolvers<ContextType>;
  ParishSourcesRelationship?: ParishSourcesRelationshipResolvers<ContextType>;
  ParishTierTiersAggregateSelection?: ParishTierTiersAggregateSelectionResolvers<ContextType>;
  ParishTierTiersNodeAggregateSelection?: ParishTierTiersNodeAggregateSelectionResolvers<ContextType>;
  ParishTiersConnection?: ParishTiersConnectionResolvers<ContextType>;
  ParishTiersRelationship?: ParishTiersRelationshipResolvers<ContextType>;
  ParishWithinConnection?: ParishWithinConnectionResolvers<ContextType>;
  ParishWithinRelationship?: ParishWithinRelationshipResolvers<ContextType>;
  ParishesConnection?: ParishesConnectionResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipAggregate?: PartnershipAggregateResolvers<ContextType>;
  PartnershipAggregateNode?: PartnershipAggregateNodeResolvers<ContextType>;
  PartnershipAuthorityCoversAggregateSelection?: PartnershipAuthorityCoversAggregateSelectionResolvers<ContextType>;
  PartnershipAuthorityCoversEdgeAggregateSelection?: PartnershipAuthorityCoversEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipAuthorityCoversNodeAggregateSelection?: PartnershipAuthorityCoversNodeAggregateSelectionResolvers<ContextType>;
  PartnershipCoversConnection?: PartnershipCoversConnectionResolvers<ContextType>;
  PartnershipCoversRelationship?: PartnershipCoversRelationshipResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PartnershipFundingFlowFundingReceivedAggregateSelection?: PartnershipFundingFlowFundingReceivedAggregateSelectionResolvers<ContextType>;
  PartnershipFundingFlowFundingReceivedNodeAggregateSelection?: PartnershipFundingFlowFundingReceivedNodeAggregateSelectionResolvers<ContextType>;
  PartnershipFundingReceivedConnection?: PartnershipFundingReceivedConnectionResolvers<ContextType>;
  PartnershipFundingReceivedRelationship?: PartnershipFundingReceivedRelationshipResolvers<ContextType>;
  PartnershipMemberOfConnection?: PartnershipMemberOfConnectionResolvers<ContextType>;
  PartnershipMemberOfRelationship?: PartnershipMemberOfRelationshipResolvers<ContextType>;
  PartnershipMembersConnection?: PartnershipMembersConnectionResolvers<ContextType>;
  PartnershipMembersRelationship?: PartnershipMembersRelationshipResolvers<ContextType>;
  PartnershipOverlap?: PartnershipOverlapResolvers<ContextType>;
  PartnershipParentsConnection?: PartnershipParentsConnectionResolvers<ContextType>;
  PartnershipParentsRelationship?: PartnershipParentsRelationshipResolvers<ContextType>;
  PartnershipPartnershipMemberOfAggregateSelection?: PartnershipPartnershipMemberOfAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipMemberOfEdgeAggregateSelection?: PartnershipPartnershipMemberOfEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipMemberOfNodeAggregateSelection?: PartnershipPartnershipMemberOfNodeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipParentsAggregateSelection?: PartnershipPartnershipParentsAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipParentsEdgeAggregateSelection?: PartnershipPartnershipParentsEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipParentsNodeAggregateSelection?: PartnershipPartnershipParentsNodeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipReplacedByAggregateSelection?: PartnershipPartnershipReplacedByAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipReplacedByEdgeAggregateSelection?: PartnershipPartnershipReplacedByEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipReplacedByNodeAggregateSelection?: PartnershipPartnershipReplacedByNodeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipSubGroupsAggregateSelection?: PartnershipPartnershipSubGroupsAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipSubGroupsEdgeAggregateSelection?: PartnershipPartnershipSubGroupsEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipPartnershipSubGroupsNodeAggregateSelection?: PartnershipPartnershipSubGroupsNodeAggregateSelectionResolvers<ContextType>;
  PartnershipRef?: PartnershipRefResolvers<ContextType>;
  PartnershipReplacedByConnection?: PartnershipReplacedByConnectionResolvers<ContextType>;
  PartnershipReplacedByRelationship?: PartnershipReplacedByRelationshipResolvers<ContextType>;
  PartnershipServiceServicesAggregateSelection?: PartnershipServiceServicesAggregateSelectionResolvers<ContextType>;
  PartnershipServiceServicesNodeAggregateSelection?: PartnershipServiceServicesNodeAggregateSelectionResolvers<ContextType>;
  PartnershipServicesConnection?: PartnershipServicesConnectionResolvers<ContextType>;
  PartnershipServicesRelationship?: PartnershipServicesRelationshipResolvers<ContextType>;
  PartnershipSourceSourcesAggregateSelection?: PartnershipSourceSourcesAggregateSelectionResolvers<ContextType>;
  PartnershipSourceSourcesEdgeAggregateSelection?: PartnershipSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  PartnershipSourceSourcesNodeAggregateSelection?: PartnershipSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  PartnershipSourcesConnection?: PartnershipSourcesConnectionResolvers<ContextType>;
  PartnershipSourcesRelationship?: PartnershipSourcesRelationshipResolvers<ContextType>;
  PartnershipSubGroupsConnection?: PartnershipSubGroupsConnectionResolvers<ContextType>;
  PartnershipSubGroupsRelationship?: PartnershipSubGroupsRelationshipResolvers<ContextType>;
  PartnershipsConnection?: PartnershipsConnectionResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PooledBudget?: PooledBudgetResolvers<ContextType>;
  PostcodeAnswer?: PostcodeAnswerResolvers<ContextType>;
  PostcodeBody?: PostcodeBodyResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Responsibility?: ResponsibilityResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioFigures?: ScenarioFiguresResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceAggregate?: ServiceAggregateResolvers<ContextType>;
  ServiceAggregateNode?: ServiceAggregateNodeResolvers<ContextType>;
  ServiceDeliveredByConnection?: ServiceDeliveredByConnectionResolvers<ContextType>;
  ServiceDeliveredByRelationship?: ServiceDeliveredByRelationshipResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceGroup?: ServiceGroupResolvers<ContextType>;
  ServiceOrganisationDeliveredByAggregateSelection?: ServiceOrganisationDeliveredByAggregateSelectionResolvers<ContextType>;
  ServiceOrganisationDeliveredByEdgeAggregateSelection?: ServiceOrganisationDeliveredByEdgeAggregateSelectionResolvers<ContextType>;
  ServiceOrganisationDeliveredByNodeAggregateSelection?: ServiceOrganisationDeliveredByNodeAggregateSelectionResolvers<ContextType>;
  ServicePartnershipPartnershipsAggregateSelection?: ServicePartnershipPartnershipsAggregateSelectionResolvers<ContextType>;
  ServicePartnershipPartnershipsNodeAggregateSelection?: ServicePartnershipPartnershipsNodeAggregateSelectionResolvers<ContextType>;
  ServicePartnershipsConnection?: ServicePartnershipsConnectionResolvers<ContextType>;
  ServicePartnershipsRelationship?: ServicePartnershipsRelationshipResolvers<ContextType>;
  ServiceResponsibility?: ServiceResponsibilityResolvers<ContextType>;
  ServiceTierTiersAggregateSelection?: ServiceTierTiersAggregateSelectionResolvers<ContextType>;
  ServiceTierTiersEdgeAggregateSelection?: ServiceTierTiersEdgeAggregateSelectionResolvers<ContextType>;
  ServiceTierTiersNodeAggregateSelection?: ServiceTierTiersNodeAggregateSelectionResolvers<ContextType>;
  ServiceTiersConnection?: ServiceTiersConnectionResolvers<ContextType>;
  ServiceTiersRelationship?: ServiceTiersRelationshipResolvers<ContextType>;
  ServicesConnection?: ServicesConnectionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceAggregate?: SourceAggregateResolvers<ContextType>;
  SourceAggregateNode?: SourceAggregateNodeResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  SourcesConnection?: SourcesConnectionResolvers<ContextType>;
  StatedTotal?: StatedTotalResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TierAggregate?: TierAggregateResolvers<ContextType>;
  TierAggregateNode?: TierAggregateNodeResolvers<ContextType>;
  TierAuthoritiesConnection?: TierAuthoritiesConnectionResolvers<ContextType>;
  TierAuthoritiesRelationship?: TierAuthoritiesRelationshipResolvers<ContextType>;
  TierAuthorityAuthoritiesAggregateSelection?: TierAuthorityAuthoritiesAggregateSelectionResolvers<ContextType>;
  TierAuthorityAuthoritiesNodeAggregateSelection?: TierAuthorityAuthoritiesNodeAggregateSelectionResolvers<ContextType>;
  TierEdge?: TierEdgeResolvers<ContextType>;
  TierMatrix?: TierMatrixResolvers<ContextType>;
  TierMatrixCell?: TierMatrixCellResolvers<ContextType>;
  TierMatrixRow?: TierMatrixRowResolvers<ContextType>;
  TierResponsibilitiesConnection?: TierResponsibilitiesConnectionResolvers<ContextType>;
  TierResponsibilitiesRelationship?: TierResponsibilitiesRelationshipResolvers<ContextType>;
  TierServiceResponsibilitiesAggregateSelection?: TierServiceResponsibilitiesAggregateSelectionResolvers<ContextType>;
  TierServiceResponsibilitiesEdgeAggregateSelection?: TierServiceResponsibilitiesEdgeAggregateSelectionResolvers<ContextType>;
  TierServiceResponsibilitiesNodeAggregateSelection?: TierServiceResponsibilitiesNodeAggregateSelectionResolvers<ContextType>;
  TierStreamTotal?: TierStreamTotalResolvers<ContextType>;
  TiersConnection?: TiersConnectionResolvers<ContextType>;
  TwoTierSplit?: TwoTierSplitResolvers<ContextType>;
  UnparishedArea?: UnparishedAreaResolvers<ContextType>;
  UnparishedAreaAggregate?: UnparishedAreaAggregateResolvers<ContextType>;
  UnparishedAreaAggregateNode?: UnparishedAreaAggregateNodeResolvers<ContextType>;
  UnparishedAreaAuthorityWithinAggregateSelection?: UnparishedAreaAuthorityWithinAggregateSelectionResolvers<ContextType>;
  UnparishedAreaAuthorityWithinEdgeAggregateSelection?: UnparishedAreaAuthorityWithinEdgeAggregateSelectionResolvers<ContextType>;
  UnparishedAreaAuthorityWithinNodeAggregateSelection?: UnparishedAreaAuthorityWithinNodeAggregateSelectionResolvers<ContextType>;
  UnparishedAreaEdge?: UnparishedAreaEdgeResolvers<ContextType>;
  UnparishedAreaSourceSourcesAggregateSelection?: UnparishedAreaSourceSourcesAggregateSelectionResolvers<ContextType>;
  UnparishedAreaSourceSourcesEdgeAggregateSelection?: UnparishedAreaSourceSourcesEdgeAggregateSelectionResolvers<ContextType>;
  UnparishedAreaSourceSourcesNodeAggregateSelection?: UnparishedAreaSourceSourcesNodeAggregateSelectionResolvers<ContextType>;
  UnparishedAreaSourcesConnection?: UnparishedAreaSourcesConnectionResolvers<ContextType>;
  UnparishedAreaSourcesRelationship?: UnparishedAreaSourcesRelationshipResolvers<ContextType>;
  UnparishedAreaWithinConnection?: UnparishedAreaWithinConnectionResolvers<ContextType>;
  UnparishedAreaWithinRelationship?: UnparishedAreaWithinRelationshipResolvers<ContextType>;
  UnparishedAreasConnection?: UnparishedAreasConnectionResolvers<ContextType>;
  UpdateInfo?: UpdateInfoResolvers<ContextType>;
  UpdateNotesMutationResponse?: UpdateNotesMutationResponseResolvers<ContextType>;
}>;

