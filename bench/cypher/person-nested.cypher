// The benchmark's nested operation, for the raw-driver path: a person, the posts they hold on the
// day, the duties each post is RESPONSIBLE_FOR on the day, the offices the post is IN and the
// leadership posts IN_CHARGE_OF those offices with their holders. $id: a person id; $asOf: YYYY-MM-DD.
// The floor for the service's person(id) (cypher/queries/entities/find-people.cypher): hand-written for exactly this
// selection, where the service's statement serves every selection of a person and of a list of people.
WITH date($asOf) AS day
MATCH (person:Person {id: $id})
RETURN person {
  .id, .name, .nameEn,
  posts: COLLECT {
    MATCH (person)-[holds:HOLDS]->(post:Post)
    WHERE /*@ valid-on(x: holds, day: day) */
      AND /*@ valid-on(x: post, day: day) */
    WITH post, holds ORDER BY post.id, holds.from
    RETURN post {
      .id, .name, .nameEn, .rank, .level,
      acting: coalesce(holds.acting, false),
      from: holds.from,
      duties: COLLECT {
        MATCH (post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE /*@ valid-on(x: r, day: day) */
        WITH duty, r ORDER BY duty.id, r.role
        RETURN duty { .id, .title, .titleEn, role: r.role }
      },
      offices: COLLECT {
        MATCH (post)-[link:IN]->(office:Office)
        WHERE /*@ valid-on(x: link, day: day) */
          AND /*@ valid-on(x: office, day: day) */
        WITH office ORDER BY office.id
        RETURN office {
          .id, .name, .nameEn,
          leadersInCharge: COLLECT {
            MATCH (leader:Post)-[charge:IN_CHARGE_OF]->(office)
            WHERE /*@ valid-on(x: charge, day: day) */
              AND /*@ valid-on(x: leader, day: day) */
            WITH leader ORDER BY leader.id
            RETURN leader {
              .id, .name, .nameEn,
              holders: COLLECT {
                MATCH (holder:Person)-[held:HOLDS]->(leader)
                WHERE /*@ valid-on(x: held, day: day) */
                WITH holder ORDER BY holder.id
                RETURN holder { .id, .name, .nameEn }
              }
            }
          }
        }
      }
    }
  }
} AS person
