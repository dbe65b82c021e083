import { ListingNotFound } from '@/components/listings/listing-not-found';

// The edit page lives in (member) but is still under /listings/:ref: its 404 reads like the listing's.
export default ListingNotFound;
