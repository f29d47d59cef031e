package dev.newsroom.article.editorial;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RevisionContentRepository extends MongoRepository<RevisionContent, String> {

}
