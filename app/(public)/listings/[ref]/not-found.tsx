import { ListingNotFound } from '@/components/listings/listing-not-found';

export default ListingNotFound;
